import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { vetRegex } from '../../../src/pack/vet-regex.js';

describe('vetRegex', () => {
  test.each(['\\bMill Road\\b', '\\d{2}/\\d{5}/(FUL|OUT)', '!{3,}', '[A-Z]{2,4}\\d+', 'colou?r'])('accepts a safe pattern: %s', (pattern) => {
    expect(vetRegex(pattern)).toBeNull();
  });

  test.each([
    ['(a+)+', /repeats a group/],
    ['([A-Z]+ )+!', /repeats a group/],
    ['(a|aa)*b', /repeats a group/],
    ['(\\w+\\s?)*$', /repeats a group/],
    ['(a)\\1', /back-reference/],
    ['(?<x>a)\\k<x>', /back-reference/],
    ['(unclosed', /not a valid pattern/],
    ['a'.repeat(501), /longer than 500/],
  ])('refuses %s', (pattern, reason) => {
    expect(vetRegex(pattern)).toMatch(reason);
  });

  test('never throws, whatever the pattern', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '(', ')', '|', '*', '+', '?', '{', '}', '1', ',', '[', ']', '\\', '.', 'k', '<', '>') }), (pattern) => {
        const result = vetRegex(pattern);
        return result === null || typeof result === 'string';
      }),
    );
  });

  test('every accepted pattern compiles', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '(', ')', '|', '*', '+', '?', '{2,}', '[ab]', '\\d', '.') }), (pattern) => {
        if (vetRegex(pattern) !== null) return true;
        return new RegExp(pattern, 'iu') instanceof RegExp;
      }),
    );
  });
});
