import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  checkDigits,
  checkEnterpriseNumber,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normaliseEnterpriseNumber,
  parseEnterpriseNumber,
} from './enterprise-number.ts';

describe('enterprise number', () => {
  test('known valid numbers are accepted and formatted', () => {
    for (const shown of ['0202.239.951', '0403.227.515', '0417.497.106', '0566.988.259']) {
      const digits = parseEnterpriseNumber(shown);
      assert.equal(digits, shown.replace(/\./g, ''));
      assert.equal(formatEnterpriseNumber(digits!), shown);
    }
  });

  test('a number with a wrong check is refused', () => {
    assert.equal(parseEnterpriseNumber('0123.456.789'), null);
    assert.equal(isValidEnterpriseNumber('0123456789'), false);
  });

  test('a wrong format and wrong check digits are told apart', () => {
    // Ten digits, starting with 0: the shape is right, only the check digits are wrong.
    assert.deepEqual(checkEnterpriseNumber('0123.456.789'), { ok: false, problem: 'checkDigits' });
    assert.deepEqual(checkEnterpriseNumber('BE 0202 239 952'), { ok: false, problem: 'checkDigits' });
    // The old 9-digit form gets its 0 first, then the same check.
    assert.deepEqual(checkEnterpriseNumber('202.239.952'), { ok: false, problem: 'checkDigits' });
    for (const input of ['1234', '0202.239.9511', '2202.239.951', 'NL0202239951', 'O202239951', '', null, 42])
      assert.deepEqual(checkEnterpriseNumber(input), { ok: false, problem: 'format' }, String(input));
    assert.deepEqual(checkEnterpriseNumber('BE 0202.239.951'), { ok: true, digits: '0202239951' });
  });

  test('the usual ways of writing a number are understood', () => {
    for (const input of [
      'BE0202239951',
      'be 0202.239.951',
      'BE 0202 239 951',
      '0202-239-951',
      '  0202 239 951  ',
      '202.239.951',
      '202239951',
      'BE202239951',
    ]) {
      assert.equal(parseEnterpriseNumber(input), '0202239951', input);
    }
  });

  test('numbers starting with 1 exist; other first digits do not', () => {
    const firstEight = 10000001;
    const valid = `${firstEight}${String(checkDigits(firstEight)).padStart(2, '0')}`;
    assert.equal(parseEnterpriseNumber(valid), valid);
    const two = 20000001;
    assert.equal(parseEnterpriseNumber(`${two}${String(checkDigits(two)).padStart(2, '0')}`), null);
  });

  test('anything else is refused without an exception', () => {
    for (const input of [
      '',
      ' ',
      'BE',
      '0202.239.95',
      '0202.239.9511',
      'NL0202239951',
      '0202_239_951',
      '0202,239,951',
      'O202239951',
      '٠٢٠٢٢٣٩٩٥١',
      null,
      undefined,
      202239951,
      {},
      'x'.repeat(10_000),
    ]) {
      assert.equal(parseEnterpriseNumber(input), null, String(input).slice(0, 20));
    }
  });
});

/** A valid number from its first eight digits (the first digit 0 or 1). */
const validNumber = fc.tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^\d{7}$/)).map(([first, rest]) => {
  const eight = `${first}${rest}`;
  return `${eight}${String(checkDigits(Number(eight))).padStart(2, '0')}`;
});

/** Every notation a person may use for the same number. */
function notations(digits: string): string[] {
  const dotted = formatEnterpriseNumber(digits);
  const spaced = dotted.replace(/\./g, ' ');
  const dashed = dotted.replace(/\./g, '-');
  const all = [digits, dotted, spaced, dashed, `BE${digits}`, `BE ${dotted}`, `be${spaced}`, ` ${dashed} `];
  if (digits.startsWith('0')) all.push(digits.slice(1), dotted.slice(1), `BE${digits.slice(1)}`);
  return all;
}

describe('enterprise number properties', () => {
  test('every generated valid number validates in every accepted notation', () => {
    fc.assert(
      fc.property(validNumber, (digits) => {
        assert.ok(isValidEnterpriseNumber(digits));
        for (const n of notations(digits)) assert.equal(parseEnterpriseNumber(n), digits, n);
        assert.equal(parseEnterpriseNumber(formatEnterpriseNumber(digits)), digits);
      }),
      { numRuns: 500 },
    );
  });

  test('changing any one digit makes the number invalid', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(9), fc.integer({ min: 1, max: 9 }), (digits, position, shift) => {
        const changed = (Number(digits[position]) + shift) % 10;
        const wrong = `${digits.slice(0, position)}${changed}${digits.slice(position + 1)}`;
        assert.notEqual(wrong, digits);
        assert.equal(isValidEnterpriseNumber(wrong), false, `${digits} → ${wrong}`);
        assert.equal(parseEnterpriseNumber(formatEnterpriseNumber(wrong)), null);
        // Still ten digits: unless the first digit became 2 to 9, the check digits are what is wrong.
        const problem = /^[01]/.test(wrong) ? 'checkDigits' : 'format';
        assert.deepEqual(checkEnterpriseNumber(formatEnterpriseNumber(wrong)), { ok: false, problem });
      }),
      { numRuns: 1000 },
    );
  });

  test('random strings never throw, and whatever is accepted is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^(BE)?[0-9 .\-]{0,20}$/)),
        (input) => {
          const digits = parseEnterpriseNumber(input);
          if (digits !== null) {
            assert.match(digits, /^[01]\d{9}$/);
            assert.ok(isValidEnterpriseNumber(digits));
          }
          const normalised = normaliseEnterpriseNumber(input);
          assert.ok(normalised === null || /^\d{10}$/.test(normalised));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
