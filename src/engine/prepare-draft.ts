import { normaliseText, toTypedSpan, type NormalisedText } from './normalise.js';

/**
 * Preparation done once per check: normalise, split into sentences and words, undo common
 * evasions, expand contractions and find quotations. Every offset here is a UTF-16 offset
 * into the text as typed.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  /** Position in `tokens`. */
  readonly index: number;
  /** The normalised word (lower case; contractions expanded, so "won't" gives "will" then "not"). */
  readonly text: string;
  /** Every spelling to look up: the word itself, then with evasions undone ("1d10t" → "idiot"). */
  readonly forms: readonly string[];
  /** For censored words such as "b******s": a pattern a listed word must fit. */
  readonly censored: RegExp | null;
  /** The sentence the word is in. */
  readonly sentence: number;
  /** The word as typed. */
  readonly typed: string;
  /** Typed with a capital first letter. */
  readonly isCapitalised: boolean;
  /** Typed in capitals (two letters or more). */
  readonly isUpperCase: boolean;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Tokens [firstToken, endToken) lie in this sentence. */
  readonly firstToken: number;
  readonly endToken: number;
}

export interface PreparedText {
  readonly text: string;
  readonly normal: NormalisedText;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Quoted passages, quotation marks included. */
  readonly quotes: readonly Span[];
}

const sentenceSegmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' };
const LETTER = /\p{L}/u;
const EVASION_CHARS = /[0-9@$!|]/;
const SENTENCE_STEMS = new Set(['it', 'that', 'there', 'what', 'who', 'he', 'she', 'here', 'where', 'how', 'this']);
const NEGATED_STEMS: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };
const CONTRACTIONS: Record<string, string> = { ll: 'will', ve: 'have', re: 'are', d: 'would', m: 'am' };

interface RawWord {
  start: number;
  end: number;
  text: string;
}

/**
 * A word: letters, digits and marks, joined across an apostrophe ("i'll"), a decimal point
 * ("2.1m") or evasion characters ("sh*t", "f@ck", "b******s"), with trailing stars kept ("f***").
 * A Unicode regular expression does this several times faster than a word Segmenter, and
 * the sentence Segmenter still decides where sentences end.
 */
const WORD = /(?:[\p{L}\p{N}]|\$(?=\p{L}))[\p{L}\p{M}\p{N}]*(?:(?:'(?=[\p{L}\p{N}])|(?<=\p{N})\.(?=\p{N})|[*@$!|]+(?=[\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*\**/gu;

function segmentWords(normal: string): RawWord[] {
  const words: RawWord[] = [];
  for (const match of normal.matchAll(WORD)) words.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return words;
}

function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2] && word[i] !== '*') return true;
  return false;
}

function squeeze(word: string): string[] {
  if (!hasTripleLetter(word)) return [];
  return [word.replace(/(\p{L})\1{2,}/gu, '$1$1'), word.replace(/(\p{L})\1{2,}/gu, '$1')];
}

function formsOf(word: string): string[] {
  const forms = new Set<string>([word]);
  if (!EVASION_CHARS.test(word) && !hasTripleLetter(word)) return [word];
  const hasLetter = LETTER.test(word);
  if (hasLetter && /[0-9@$!|]/.test(word) && !/^\d+(st|nd|rd|th|s|am|pm|k|m|mph|ft|km)?$/.test(word)) {
    forms.add([...word].map((c) => LEET[c] ?? c).join(''));
  }
  for (const form of [...forms]) for (const squeezed of squeeze(form)) forms.add(squeezed);
  return [...forms];
}

function censorPattern(word: string): RegExp | null {
  if (!/[*@]/.test(word) || !LETTER.test(word) || /^[^@]+@[^@]+\.[^@]+$/.test(word)) return null;
  const source = word
    .replace(/[.+?^${}()|[\]\\]/g, (c) => (c === '$' ? 's' : `\\${c}`))
    .replace(/\*+/g, (stars) => `\\p{L}{${Math.max(1, stars.length - 1)},${stars.length + 1}}`)
    .replace(/@/g, '\\p{L}')
    .replace(/!/g, '[i!]');
  return new RegExp(`^${source}$`, 'u');
}

/** Splits a word with an apostrophe into the words it stands for. */
function expandContraction(word: string): string[] {
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return [word];
  if (word.endsWith("n't")) {
    const stem = word.slice(0, -3);
    return [NEGATED_STEMS[stem] ?? stem, 'not'];
  }
  const stem = word.slice(0, apostrophe);
  const tail = word.slice(apostrophe + 1);
  if (tail === 's') return SENTENCE_STEMS.has(stem) ? [stem, 'is'] : stem === 'let' ? ['let', 'us'] : [stem, "'s"];
  const expanded = CONTRACTIONS[tail];
  return expanded ? [stem, expanded] : [word];
}

function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  const pattern = /“[^”\n]{1,400}”|"[^"\n]{1,400}"|(?<=^|[\s([{])‘[^’\n]{1,400}’(?=$|[\s.,;:!?)\]}])|(?<=^|[\s([{])'[^'\n]{1,400}'(?=$|[\s.,;:!?)\]}])/gu;
  for (const match of text.matchAll(pattern)) quotes.push({ start: match.index, end: match.index + match[0].length });
  return quotes;
}

/** Abbreviations after which a full stop does not end the sentence ("Mr. Okafor", "Mr D. Okafor"). */
const ABBREVIATION_END = /(?:^|[\s(])(?:mr|mrs|ms|miss|mx|dr|cllr|prof|rev|revd|st|no|nos|co|ltd|inc|vs|etc|approx|sgt|insp|supt|e\.g|i\.e|\p{Lu})\.\s*$/iu;

function findSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const segment of sentenceSegmenter.segment(text)) {
    const previous = spans[spans.length - 1];
    const end = segment.index + segment.segment.length;
    if (previous && ABBREVIATION_END.test(text.slice(Math.max(previous.start, previous.end - 12), previous.end)) && !/\n\s*$/.test(text.slice(previous.start, previous.end))) {
      spans[spans.length - 1] = { start: previous.start, end };
    } else {
      spans.push({ start: segment.index, end });
    }
  }
  return spans.length > 0 ? spans : [{ start: 0, end: text.length }];
}

export function prepareText(text: string): PreparedText {
  const normal = normaliseText(text);
  const sentenceSpans = findSentences(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceIndex = 0;
  let sentenceFirstToken = 0;
  const closeSentencesBefore = (offset: number): void => {
    while (sentenceIndex < sentenceSpans.length - 1 && (sentenceSpans[sentenceIndex]?.end ?? 0) <= offset) {
      const span = sentenceSpans[sentenceIndex] as Span;
      sentences.push({ ...span, index: sentenceIndex, firstToken: sentenceFirstToken, endToken: tokens.length });
      sentenceFirstToken = tokens.length;
      sentenceIndex++;
    }
  };
  for (const word of segmentWords(normal.text)) {
    const span = toTypedSpan(normal, text, word.start, word.end);
    closeSentencesBefore(span.start);
    const typed = text.slice(span.start, span.end);
    const isCapitalised = /^\p{Lu}/u.test(typed);
    const isUpperCase = /\p{Lu}.*\p{Lu}/u.test(typed) && !/\p{Ll}/u.test(typed);
    const cleaned = word.text.replace(/'+$/, '');
    const parts = expandContraction(cleaned);
    for (const part of parts) {
      const forms = formsOf(part);
      tokens.push({
        index: tokens.length,
        text: part,
        forms: part.includes('*') ? forms.map((f) => f.replace(/\*+$/, '')).filter((f) => f.length > 0) : forms,
        censored: censorPattern(part),
        sentence: sentenceIndex,
        typed,
        isCapitalised,
        isUpperCase,
        start: span.start,
        end: span.end,
      });
    }
  }
  closeSentencesBefore(Number.MAX_SAFE_INTEGER);
  const last = sentenceSpans[sentenceSpans.length - 1] as Span;
  sentences.push({ ...last, index: sentenceIndex, firstToken: sentenceFirstToken, endToken: tokens.length });
  return { text, normal, tokens, sentences, quotes: findQuotes(text) };
}
