import type { Draft } from '../checks/types.js';
import type { CompiledPack, PackTag } from '../pack/compile-pack.js';
import type { PhraseHit } from './phrase-matcher.js';
import { prepareText, type Token } from './prepare-draft.js';

/**
 * Word-list hits inside hashtags written in CamelCase ("#CorruptCouncil", "#SackTheLot",
 * "#LiarLiar"), which the tokeniser sees as one word. Each hit covers the whole hashtag.
 */

const CAMEL_WORDS = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;
const MIXED_CASE = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u;

export type HitsByKey = ReadonlyMap<string, ReadonlyArray<PhraseHit<PackTag>>>;

export function findHashtagHits(draft: Draft, pack: CompiledPack): HitsByKey {
  const grouped = new Map<string, Array<PhraseHit<PackTag>>>();
  draft.tokens.forEach((token: Token, index) => {
    if (draft.text.charAt(token.start - 1) !== '#' || !MIXED_CASE.test(token.typed)) return;
    const words = token.typed.match(CAMEL_WORDS);
    if (!words || words.length < 2) return;
    for (const hit of pack.matcher.match(prepareText(words.join(' ')).tokens)) {
      const list = grouped.get(hit.tag.key) ?? [];
      list.push({ ...hit, firstToken: index, endToken: index + 1, start: token.start - 1, end: token.end });
      grouped.set(hit.tag.key, list);
    }
  });
  return grouped;
}

/** A list's hits in the draft followed by those found inside hashtags. */
export function hitsWithHashtags(draft: Draft, hashtags: HitsByKey, key: string): ReadonlyArray<PhraseHit<PackTag>> {
  const extra = hashtags.get(key);
  return extra ? [...draft.hits(key), ...extra] : draft.hits(key);
}
