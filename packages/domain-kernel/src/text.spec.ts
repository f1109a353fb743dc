import { isRefusal } from './refusal';
import { freeText } from './text';

const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isRefusal(error)) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('no refusal');
};

describe('freeText', () => {
  it('keeps a text trimmed', () => {
    expect(freeText('note', '  a broken kettle \n', 20)).toBe('a broken kettle');
    expect(freeText('note', 'x'.repeat(20), 20, true)).toBe('x'.repeat(20));
  });

  it('makes an empty optional text null and refuses an empty required one, naming the field', () => {
    expect(freeText('note', '   ', 20)).toBeNull();
    expect(freeText('note', null, 20)).toBeNull();
    expect(freeText('note', undefined, 20, false)).toBeNull();
    expect(refusalOf(() => freeText('note', ' ', 20, true))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'note must not be empty',
      details: { field: 'note' },
    });
  });

  it('refuses a text longer than its limit once trimmed', () => {
    expect(freeText('note', ` ${'x'.repeat(20)} `, 20)).toBe('x'.repeat(20));
    expect(refusalOf(() => freeText('note', 'x'.repeat(21), 20))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'note is longer than 20 characters',
      details: { field: 'note' },
    });
  });
});
