import type { Complaint } from './complaint';
import { intake } from './intake';
import {
  ANALYSIS_MASKS,
  MASKED,
  maskedForAnalysis,
  maskedPart,
  maskReference,
  type MaskedPart,
} from './privacy';
import { ctxAt } from './test-support';

describe('masking for analysis', () => {
  const filed: Complaint = intake(
    {
      customerId: 'c-1',
      channel: 'PHONE',
      description: 'Mrs Li, 12 Garden Road: the fabric arrived torn',
      expectedResolution: 'Call 138 0013 8000',
      orderNumber: 'SO-2026-0042',
      productModel: 'TX-200',
    },
    { id: 'id-1', number: 'CP-2026-000001' },
    ctxAt('2026-03-02T02:00:00Z'),
    'MEMBER',
  );

  it('[DOMAIN 2.7] masks every free text, keeps an absent one absent and the facts analysis needs intact', () => {
    const masked = maskedForAnalysis(filed);
    expect(masked).toMatchObject({
      description: MASKED,
      expectedResolution: MASKED,
      orderNumber: '****0042',
      productModel: 'TX-200',
      channel: 'PHONE',
      status: filed.status,
      number: filed.number,
      receivedAt: filed.receivedAt,
    });
    expect(masked.timeline.every((e) => e.note === null || e.note === MASKED)).toBe(true);
    expect(JSON.stringify(masked)).not.toMatch(/Mrs Li|Garden|138 0013|SO-2026/);
    expect(maskedForAnalysis({ ...filed, expectedResolution: null }).expectedResolution).toBeNull();
    // The record itself is untouched.
    expect(filed.description).toBe('Mrs Li, 12 Garden Road: the fabric arrived torn');
  });

  it('[DOMAIN 2.7] masks each part on its own exactly as in the whole masked complaint', () => {
    const masked = maskedForAnalysis(filed);
    const parts = Object.keys(ANALYSIS_MASKS) as MaskedPart[];
    expect(parts).toEqual(expect.arrayContaining(['description', 'orderNumber', 'timeline', 'solutions']));
    for (const part of parts) expect([part, maskedPart(filed, part)]).toEqual([part, masked[part]]);
  });

  it('[DOMAIN 2.7] masks an order number to its last four characters', () => {
    expect(maskReference('SO-2026-0042')).toBe('****0042');
    expect(maskReference('1234')).toBe('****');
    expect(maskReference(null)).toBeNull();
  });
});
