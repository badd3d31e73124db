/**
 * Text normalisation with an offset map back to the text as typed.
 * NFKC, case folding, look-alike letters, typographic quotes and dashes; zero-width
 * characters and soft hyphens are dropped. Every UTF-16 unit of the result knows the
 * offset of the character it came from, so findings always point at the typed text.
 */

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]/u;

/** Cyrillic and Greek letters that look like Latin ones, as used to dodge word filters. */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', ᴄ: 'c', ı: 'i',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
};

export interface NormalisedText {
  /** The normalised, case-folded text. */
  readonly text: string;
  /** map[i] is the offset in the typed text of normalised unit i; map[text.length] is the typed length. */
  readonly map: Uint32Array;
}

const cache = new Map<string, string>();

function normaliseChar(char: string): string {
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  let out = PUNCTUATION[char] ?? char.normalize('NFKC');
  if (out !== char && PUNCTUATION[char] === undefined) out = [...out].map((c) => PUNCTUATION[c] ?? c).join('');
  out = out.toLowerCase();
  out = [...out].map((c) => LOOK_ALIKES[c] ?? c).join('');
  if (cache.size < 4096) cache.set(char, out);
  return out;
}

export function normaliseText(typed: string): NormalisedText {
  const parts: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  for (let i = 0; i < typed.length; ) {
    const code = typed.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const char = typed.slice(i, i + width);
    if (!INVISIBLE.test(char)) {
      // ASCII fast path: most posts are plain text.
      const out = code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char === '`' ? "'" : char) : normaliseChar(char);
      parts.push(out);
      for (let k = 0; k < out.length; k++) offsets.push(i);
      length += out.length;
    }
    i += width;
  }
  const map = new Uint32Array(length + 1);
  for (let k = 0; k < length; k++) map[k] = offsets[k] ?? 0;
  map[length] = typed.length;
  return { text: parts.join(''), map };
}

/** Maps a normalised span to the typed text: from the start of its first character to the end of its last. */
export function toTypedSpan(normalised: NormalisedText, typed: string, start: number, end: number): { start: number; end: number } {
  const typedStart = normalised.map[start] ?? typed.length;
  if (end <= start) return { start: typedStart, end: typedStart };
  const last = normalised.map[end - 1] ?? typed.length;
  const code = typed.codePointAt(last) ?? 0;
  return { start: typedStart, end: Math.min(typed.length, last + (code > 0xffff ? 2 : 1)) };
}
