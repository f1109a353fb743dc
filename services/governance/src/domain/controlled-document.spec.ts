import {
  assertMayGrant,
  contentAccess,
  grantAccess,
  registerDocument,
  revokeGrant,
  type AccessGrant,
  type ControlledDocument,
} from './controlled-document';
import type { Acting } from './access';

const NOW = new Date('2026-03-16T02:00:00Z');
const register = (kind: ControlledDocument['kind'], sizeBytes = 10) =>
  registerDocument(
    { name: 'KH2026000123_20260315_v1.0.pdf', kind, contentType: 'application/pdf', sizeBytes },
    { id: 'd-1', actor: 'cs-director-1', now: NOW, keyId: 'k1', maxBytes: 1_000 },
  );
const who = (roles: string[], sub = 'u-1') => ({ sub, roles }) as unknown as Acting;
const grantTo = (sub: string, until: string, revoked = false): AccessGrant => ({
  id: `g-${sub}-${until}`,
  documentId: 'd-1',
  grantee: sub,
  validUntil: new Date(until),
  reason: 'Contract review',
  grantedBy: 'cs-director-1',
  grantedAt: new Date('2026-03-10T02:00:00Z'),
  revokedBy: revoked ? 'cs-director-1' : null,
  revokedAt: revoked ? new Date('2026-03-12T02:00:00Z') : null,
});

describe('the document register', () => {
  it('[DOMAIN 4.7] registers a document with the project, date and version its name carries, within the size bound', () => {
    expect(register('CONTRACT')).toMatchObject({
      project: 'KH2026000123',
      documentDate: '2026-03-15',
      major: 1,
      minor: 0,
      kind: 'CONTRACT',
      sizeBytes: 10,
      keyId: 'k1',
    });
    expect(() => register('CONTRACT', 1_001)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => register('CONTRACT', 0)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('[DOMAIN 4.7] lets the director (and the GM) read contracts; anyone else, the admin included, needs a grant', () => {
    const contract = register('CONTRACT');
    expect(contentAccess(contract, who(['cs_director']), [], NOW)).toEqual({ basis: 'ROLE', grantId: null });
    expect(contentAccess(contract, who(['gm']), [], NOW)).toEqual({ basis: 'ROLE', grantId: null });
    for (const roles of [['cs_manager'], ['admin'], ['audit'], ['cs_specialist']])
      expect(() => contentAccess(contract, who(roles), [], NOW)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/director only/) }),
      );
    const policy = register('POLICY');
    expect(contentAccess(policy, who(['cs_specialist']), [], NOW).basis).toBe('ROLE');
    expect(() => contentAccess(policy, who(['partner']), [], NOW)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('[DOMAIN 4.7] honours a live grant of the reader only, and refuses an expired or revoked one saying so', () => {
    const contract = register('CONTRACT');
    const live = grantTo('mgr-1', '2026-03-20T00:00:00Z');
    expect(contentAccess(contract, who(['cs_manager'], 'mgr-1'), [live], NOW)).toEqual({
      basis: 'GRANT',
      grantId: live.id,
    });
    expect(() => contentAccess(contract, who(['cs_manager'], 'mgr-2'), [live], NOW)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    const expired = grantTo('mgr-1', '2026-03-16T01:59:59Z');
    expect(() => contentAccess(contract, who(['cs_manager'], 'mgr-1'), [expired], NOW)).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/expired at 2026-03-16T01:59:59.000Z/),
      }),
    );
    const revoked = grantTo('mgr-1', '2026-03-20T00:00:00Z', true);
    expect(() => contentAccess(contract, who(['cs_manager'], 'mgr-1'), [revoked], NOW)).toThrow(
      /was revoked/,
    );
    expect(contentAccess(contract, who(['cs_manager'], 'mgr-1'), [expired, live], NOW).basis).toBe('GRANT');
  });

  it('[DOMAIN 4.7] grants for at most 30 days, with a reason, by the contract readers only', () => {
    const contract = register('CONTRACT');
    const context = { id: 'g-1', actor: 'cs-director-1', now: NOW };
    const grant = grantAccess(
      contract,
      { grantee: ' mgr-1 ', validUntil: new Date('2026-04-15T02:00:00Z'), reason: ' Renewal ' },
      context,
    );
    expect(grant).toMatchObject({ grantee: 'mgr-1', reason: 'Renewal', revokedAt: null });
    expect(() =>
      grantAccess(
        contract,
        { grantee: 'm', validUntil: new Date('2026-04-15T02:00:01Z'), reason: 'r' },
        context,
      ),
    ).toThrow(/at most 30 days/);
    expect(() => grantAccess(contract, { grantee: 'm', validUntil: NOW, reason: 'r' }, context)).toThrow(
      /in the future/,
    );
    expect(() =>
      grantAccess(
        contract,
        { grantee: 'm', validUntil: new Date('2026-03-20T00:00:00Z'), reason: ' ' },
        context,
      ),
    ).toThrow(/reason/);
    expect(() => assertMayGrant(who(['admin']))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertMayGrant(who(['cs_director']))).not.toThrow();
    const revoked = revokeGrant(grant, { actor: 'cs-director-1', now: NOW });
    expect(revoked.revokedAt).toEqual(NOW);
    expect(() => revokeGrant(revoked, { actor: 'x', now: NOW })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
});
