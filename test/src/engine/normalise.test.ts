import { describe, expect, test } from 'vitest';
import { normaliseText, toTypedSpan } from '../../../src/engine/normalise.js';

describe('normaliseText', () => {
  test('folds case, look-alike letters, typographic quotes and full-width forms', () => {
    expect(normaliseText('I’LL vоte ＡＧＡＩＮＳＴ “it”').text).toBe('i\'ll vote against "it"');
  });

  test('drops zero-width characters but keeps offsets into the typed text', () => {
    const typed = 'id\u200Biot here';
    const normal = normaliseText(typed);
    expect([normal.text, toTypedSpan(normal, typed, 0, 5)]).toEqual(['idiot here', { start: 0, end: 6 }]);
  });

  test('maps a span after an emoji back to the right UTF-16 offsets', () => {
    const typed = '👏 Well done 👏🏽 team';
    const normal = normaliseText(typed);
    const at = normal.text.indexOf('team');
    expect(typed.slice(toTypedSpan(normal, typed, at, at + 4).start, toTypedSpan(normal, typed, at, at + 4).end)).toBe('team');
  });
});
