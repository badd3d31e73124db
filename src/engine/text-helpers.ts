import type { Draft } from '../checks/types.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { Sentence, Span, Token } from './prepare-draft.js';

/** Shared helpers for checks: where a span sits, and what surrounds it. */

export function sentenceOf(draft: Draft, tokenIndex: number): Sentence {
  const token = draft.tokens[tokenIndex];
  return (draft.sentences[token?.sentence ?? 0] ?? draft.sentences[0]) as Sentence;
}

export function sentenceTokens(draft: Draft, sentence: Sentence): readonly Token[] {
  return draft.tokens.slice(sentence.firstToken, sentence.endToken);
}

/** Hits of a list that fall in the given sentence. */
export function hitsInSentence<T>(hits: ReadonlyArray<PhraseHit<T>>, draft: Draft, sentence: number): Array<PhraseHit<T>> {
  return hits.filter((hit) => draft.tokens[hit.firstToken]?.sentence === sentence);
}

export function isInQuotes(draft: Draft, span: Span): boolean {
  return draft.quotes.some((quote) => quote.start <= span.start && span.end <= quote.end);
}

const URGING = new Set(['forget', 'miss', 'hesitate', 'fail', 'delay', 'wait']);
const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'without', 'hardly', 'neither', 'nobody', 'nothing']);

/**
 * Whether a negation comes shortly before a token in the same sentence and clause:
 * "I have not made up my mind", "I haven't decided".
 */
export function isNegatedAt(draft: Draft, tokenIndex: number, window = 3): boolean {
  const token = draft.tokens[tokenIndex];
  if (!token) return false;
  for (let i = tokenIndex - 1; i >= 0 && i >= tokenIndex - window; i--) {
    const before = draft.tokens[i] as Token;
    if (before.sentence !== token.sentence) return false;
    if (/[,;:]/.test(draft.text.slice(before.end, (draft.tokens[i + 1] as Token).start))) return false;
    // "Don't forget to…", "don't miss…" urge rather than deny.
    if (NEGATIONS.has(before.text) && !URGING.has(draft.tokens[i + 1]?.text ?? '')) return true;
  }
  return false;
}

/** Tokens within `distance` words of a span (either side), in the same sentence unless `crossSentences`. */
export function isNear(draft: Draft, a: { firstToken: number; endToken: number }, b: { firstToken: number; endToken: number }, distance: number, crossSentences = false): boolean {
  const gap = a.firstToken >= b.endToken ? a.firstToken - b.endToken : b.firstToken >= a.endToken ? b.firstToken - a.endToken : 0;
  if (gap > distance) return false;
  if (crossSentences) return true;
  return draft.tokens[a.firstToken]?.sentence === draft.tokens[b.firstToken]?.sentence;
}

/** The smallest span covering all the given spans. */
export function cover(...spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Finds every match of a global regex in the typed text. */
export function findAll(text: string, pattern: RegExp): Array<Span & { match: RegExpExecArray }> {
  const found: Array<Span & { match: RegExpExecArray }> = [];
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    if (match[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length, match });
  }
  return found;
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(draft: Draft, offset: number): number {
  let low = 0;
  let high = draft.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((draft.tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether the draft (or one sentence of it) contains any hit of a list. */
export function hasHit(draft: Draft, key: string, sentence?: number): boolean {
  const hits = draft.hits(key);
  return sentence === undefined ? hits.length > 0 : hits.some((hit) => draft.tokens[hit.firstToken]?.sentence === sentence);
}
