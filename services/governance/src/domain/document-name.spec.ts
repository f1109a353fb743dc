import { parseDocumentName, versionLabel } from './document-name';

describe('document names', () => {
  it('[DOMAIN 4.7] reads project, date and version from a name', () => {
    expect(parseDocumentName('KH2026000123_20260315_v1.0.pdf')).toEqual({
      name: 'KH2026000123_20260315_v1.0.pdf',
      project: 'KH2026000123',
      date: '2026-03-15',
      major: 1,
      minor: 0,
      extension: 'pdf',
    });
    const policy = parseDocumentName('CS-Policy_20260101_v2.13');
    expect(policy).toMatchObject({ project: 'CS-Policy', date: '2026-01-01', extension: null });
    expect(versionLabel(policy)).toBe('2.13');
  });

  it.each([
    ['no version', 'KH2026000123_20260315.pdf'],
    ['no date', 'KH2026000123_v1.0.pdf'],
    ['no project', '_20260315_v1.0'],
    ['a version without minor', 'KH1_20260315_v1'],
    ['parts in another order', '20260315_KH1_v1.0'],
    ['spaces', 'KH 1_20260315_v1.0'],
    ['a path', '../KH1_20260315_v1.0'],
  ])('[DOMAIN 4.7] refuses a name with %s', (_why, name) => {
    expect(() => parseDocumentName(name)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: expect.objectContaining({ field: 'name' }),
      }),
    );
  });

  it('[DOMAIN 4.7] refuses a date that is not on the calendar', () => {
    expect(() => parseDocumentName('KH1_20260230_v1.0')).toThrow(/20260230 is not a date/);
    expect(() => parseDocumentName('KH1_19991231_v1.0')).toThrow(/not a date between 2000 and 2100/);
    expect(parseDocumentName('KH1_20280229_v1.0').date).toBe('2028-02-29');
  });
});
