import { describe, expect, test } from 'vitest';
import { prepareText } from '../../../src/engine/prepare-draft.js';

const words = (text: string) => prepareText(text).tokens.map((token) => token.text);

describe('prepareText', () => {
  test('expands contractions into the words they stand for, each spanning the typed word', () => {
    const prepared = prepareText('I won’t and I’ll');
    expect(prepared.tokens.map((t) => [t.text, prepared.text.slice(t.start, t.end)])).toEqual([
      ['i', 'I'], ['will', 'won’t'], ['not', 'won’t'], ['and', 'and'], ['i', 'I’ll'], ['will', 'I’ll'],
    ]);
  });

  test('undoes digits for letters and stretched letters', () => {
    expect(prepareText('1d10t stuuuupid').tokens.map((t) => t.forms)).toEqual([['1d10t', 'idiot'], ['stuuuupid', 'stuupid', 'stupid']]);
  });

  test('keeps a censored word whole and gives it a pattern', () => {
    const [censored] = prepareText('what a load of b******s').tokens.slice(-1);
    expect([censored?.text, censored?.censored?.test('bollocks')]).toEqual(['b******s', true]);
  });

  test('does not end a sentence after a title or an initial', () => {
    expect(prepareText('Mr. D. Okafor called. He is waiting.').sentences.length).toBe(2);
  });

  test('leaves numbers and references alone', () => {
    expect(words('Ref 24/01234/FUL, 3rd May')).toEqual(['ref', '24', '01234', 'ful', '3rd', 'may']);
  });

  test('finds quoted passages in straight and curly quotes, but not apostrophes', () => {
    const text = 'He said “you idiot” and \'go away\' but it’s fine';
    expect(prepareText(text).quotes.map((q) => text.slice(q.start, q.end))).toEqual(['“you idiot”', "'go away'"]);
  });
});
