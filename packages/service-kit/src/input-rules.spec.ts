import {
  checkDate,
  checkDateTime,
  checkDecimal,
  checkInt,
  checkJson,
  checkText,
  checkUuid,
  isCalendarDate,
} from './input-rules';

describe('checkText', () => {
  it.each([
    ['plain text', 'A broken kettle'],
    ['tab, line feed and carriage return', 'line one\tcolumn\r\nline two\n'],
    ['Chinese text', '水壶坏了，请尽快处理'],
    ['a character outside the BMP', 'thanks 👍'],
  ])('accepts %s', (_what, value) => {
    expect(checkText(value)).toBeUndefined();
  });

  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['BEL', 'ring\u0007', 'U+0007'],
    ['vertical tab', 'a\u000Bb', 'U+000B'],
    ['escape', '\u001B[31m', 'U+001B'],
    ['DEL', 'x\u007F', 'U+007F'],
    ['a C1 control', 'x\u0085', 'U+0085'],
  ])('refuses %s', (_what, value, code) => {
    expect(checkText(value)).toContain(code);
  });

  it('refuses half of a surrogate pair', () => {
    expect(checkText('a\uD83Db')).toBe('must be valid Unicode text');
    expect(checkText('\uDC4D')).toBe('must be valid Unicode text');
  });

  it('accepts exactly the maximum length and refuses one character more, counting characters', () => {
    expect(checkText('x'.repeat(10), { maxLength: 10 })).toBeUndefined();
    expect(checkText('x'.repeat(11), { maxLength: 10 })).toBe('must be at most 10 characters long (got 11)');
    expect(checkText('👍'.repeat(10), { maxLength: 10 })).toBeUndefined();
  });

  it('defaults to 255 characters', () => {
    expect(checkText('x'.repeat(255))).toBeUndefined();
    expect(checkText('x'.repeat(256))).toMatch(/at most 255/);
  });

  it('applies a minimum length and a pattern over the whole value', () => {
    expect(checkText('', { minLength: 1 })).toBe('must be at least 1 character long');
    expect(checkText('CNY', { pattern: '[A-Za-z]{3}' })).toBeUndefined();
    expect(checkText('CNYX', { pattern: '[A-Za-z]{3}' })).toBe('must match [A-Za-z]{3}');
  });
});

describe('checkUuid', () => {
  it('accepts a UUID in either case and refuses anything else', () => {
    expect(checkUuid('5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f')).toBeUndefined();
    expect(checkUuid('5F0C1D2E-3A4B-4C5D-8E6F-7A8B9C0D1E2F')).toBeUndefined();
    for (const bad of [
      'abc',
      '',
      '5f0c1d2e3a4b4c5d8e6f7a8b9c0d1e2f',
      '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f\u0000',
    ])
      expect(checkUuid(bad)).toMatch(/must be a UUID/);
  });
});

describe('checkDecimal', () => {
  it('accepts money of 14 digits before and 2 after the point by default, not one digit more', () => {
    expect(checkDecimal('99999999999999.99')).toBeUndefined();
    expect(checkDecimal('999999999999999')).toBe('must have at most 14 digits before the point');
    expect(checkDecimal('9999999999999999')).toBe('must have at most 14 digits before the point');
    expect(checkDecimal('1.25')).toBeUndefined();
    expect(checkDecimal('1.255')).toBe('must have at most 2 digits after the point');
  });

  it('refuses negative amounts unless the field allows them', () => {
    expect(checkDecimal('0')).toBeUndefined();
    expect(checkDecimal('-0.01')).toBe('must not be negative');
    expect(checkDecimal('-5', { min: '-10' })).toBeUndefined();
  });

  it('applies min, max, scale and precision from the field', () => {
    expect(checkDecimal('0', { min: '0.01' })).toBe('must be at least 0.01');
    expect(checkDecimal('0.01', { min: '0.01' })).toBeUndefined();
    expect(checkDecimal('100000000', { max: '100000000' })).toBeUndefined();
    expect(checkDecimal('100000000.01', { max: '100000000' })).toBe('must be at most 100000000');
    expect(checkDecimal('1.123456', { precision: 20, scale: 6 })).toBeUndefined();
    expect(checkDecimal('99999999999999.123456', { precision: 20, scale: 6 })).toBeUndefined();
    expect(checkDecimal('999999999999999', { precision: 20, scale: 6 })).toMatch(/at most 14 digits/);
    expect(checkDecimal('1.5', { scale: 0 })).toBe('must be a whole number');
  });

  it('refuses what is not a number', () => {
    expect(checkDecimal('abc')).toMatch(/decimal number/);
  });
});

describe('checkInt', () => {
  it('applies min and max', () => {
    expect(checkInt(2000, { min: '2000', max: '2100' })).toBeUndefined();
    expect(checkInt(2100, { min: '2000', max: '2100' })).toBeUndefined();
    expect(checkInt(1999, { min: '2000', max: '2100' })).toBe('must be at least 2000');
    expect(checkInt(2101, { min: '2000', max: '2100' })).toBe('must be at most 2100');
    expect(checkInt(-1)).toBeUndefined();
  });
});

describe('checkDate', () => {
  it('accepts 2000-01-01 to 2100-12-31 and leap days', () => {
    for (const ok of ['2000-01-01', '2100-12-31', '2028-02-29', '2000-02-29'])
      expect(checkDate(ok)).toBeUndefined();
  });

  it.each([
    ['2026-02-30', /does not exist/],
    ['2026-13-01', /does not exist/],
    ['0000-00-00', /does not exist/],
    ['2100-02-29', /does not exist/],
    ['2026-04-31', /does not exist/],
    ['1999-12-31', /between 2000-01-01 and 2100-12-31/],
    ['2101-01-01', /between 2000-01-01 and 2100-12-31/],
    ['2026-3-1', /YYYY-MM-DD/],
    ['2026-03-01T00:00:00Z', /YYYY-MM-DD/],
  ])('refuses %s', (value, problem) => {
    expect(checkDate(value)).toMatch(problem);
  });

  it('lets a field widen the range (a birthday)', () => {
    expect(checkDate('1980-06-15', { min: '1900-01-01' })).toBeUndefined();
    expect(checkDate('1899-12-31', { min: '1900-01-01' })).toMatch(/between 1900-01-01/);
  });

  it('knows the calendar', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2025, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2026, 0, 1)).toBe(false);
  });
});

describe('checkDateTime', () => {
  it('accepts the years 2000 to 2100 (UTC) and refuses others and invalid dates', () => {
    expect(checkDateTime(new Date('2000-01-01T00:00:00Z'))).toBeUndefined();
    expect(checkDateTime(new Date('2100-12-31T23:59:59.999Z'))).toBeUndefined();
    expect(checkDateTime(new Date('1999-12-31T23:59:59.999Z'))).toMatch(/between/);
    expect(checkDateTime(new Date('2101-01-01T00:00:00Z'))).toMatch(/between/);
    expect(checkDateTime(new Date('1970-01-01T00:00:00Z'))).toMatch(/between/);
    expect(checkDateTime(new Date(Number.NaN))).toMatch(/real date and time/);
  });
});

describe('checkJson', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  it('accepts ordinary details', () => {
    expect(
      checkJson({ note: 'checked the paper file', pages: [1, 2], signed: true, by: null }),
    ).toBeUndefined();
  });

  it('bounds the nesting, without recursion even for a very deep value', () => {
    expect(checkJson(nested(10))).toBeUndefined();
    expect(checkJson(nested(11))).toMatchObject({ problem: 'must be nested at most 10 deep' });
    expect(checkJson(nested(100_000))).toMatchObject({ problem: 'must be nested at most 10 deep' });
  });

  it('bounds the size', () => {
    expect(checkJson({ text: 'x'.repeat(16_000) })).toBeUndefined();
    expect(checkJson({ text: 'x'.repeat(16_384) })).toMatchObject({ problem: /at most 16384 characters/ });
    expect(checkJson({ items: Array.from({ length: 10_000 }, () => 1) })).toMatchObject({
      problem: /at most 16384 characters/,
    });
  });

  it('checks every string and key as text, saying where', () => {
    expect(checkJson({ a: { b: ['ok', 'bad\u0000'] } })).toEqual({
      at: '.a.b[1]',
      problem: expect.stringContaining('U+0000'),
    });
    expect(checkJson({ 'k\u0007': 1 })).toMatchObject({ problem: expect.stringContaining('has a key that') });
  });
});
