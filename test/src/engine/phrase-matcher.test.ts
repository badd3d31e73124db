import { describe, expect, test } from 'vitest';
import { compilePhrases, expandPhrase } from '../../../src/engine/phrase-matcher.js';
import { prepareText } from '../../../src/engine/prepare-draft.js';

function matches(phrases: string[], text: string): string[] {
  const matcher = compilePhrases(phrases.map((phrase) => ({ phrase, tag: phrase })));
  return matcher.match(prepareText(text).tokens).map((hit) => `${hit.tag}=${text.slice(hit.start, hit.end)}`);
}

describe('compilePhrases', () => {
  test('matches whole words only, so place names are safe', () => {
    expect(matches(['cunt', 'ass'], 'Scunthorpe fans: assess the class of the pass')).toEqual([]);
  });

  test('supports prefixes, alternatives, groups and any-word slots', () => {
    expect(matches(['refus*', 'vote|voting against', 'must be (thrown out|refused)', 'over _ dead body'], 'It must be thrown out: voting against, refusing, over my dead body')).toEqual([
      'must be (thrown out|refused)=must be thrown out',
      'vote|voting against=voting against',
      'refus*=refusing',
      'over _ dead body=over my dead body',
    ]);
  });

  test('treats contractions in phrases and drafts alike', () => {
    expect(matches(["won't be persuaded"], 'I will not be persuaded, and I won’t be persuaded')).toHaveLength(2);
  });

  test('matches censored and evasive spellings of listed words', () => {
    expect(matches(['bollocks', 'idiot', 'fuck'], 'b******s to that, you 1d10t, f@ck')).toEqual(['bollocks=b******s', 'idiot=1d10t', 'fuck=f@ck']);
  });

  test('expands word groups', () => {
    expect(expandPhrase('be (thrown out|refused) (now|today)')).toEqual(['be thrown out now', 'be thrown out today', 'be refused now', 'be refused today']);
    expect(expandPhrase('will (be )?voting')).toEqual(['will be voting', 'will voting']);
  });
});
