import type { Token } from './prepare-draft.js';

/**
 * One matcher for every phrase list in a pack, built once per pack and run once per check.
 * A phrase is words separated by spaces; a word may be `word`, `prefix*`, `this|that` or `_`
 * (any one word); `(thrown out|refused)` chooses between groups of words and `(very )?` makes words optional. Words are compared with the normalised forms of each token, so evasions
 * ("1d10t", "stuuupid", "sh*t") and contractions ("won't" = "will not") are handled here once.
 */

export interface PhraseEntry<Tag> {
  readonly phrase: string;
  readonly tag: Tag;
}

export interface PhraseHit<Tag> {
  readonly tag: Tag;
  readonly phrase: string;
  /** Tokens [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A node of the phrase graph. A word with alternatives ("refused|rejected") leads to ONE shared
 * node, so long lists of alternatives cost their sum, not their product; a single word leads to
 * a node of its own ("solo"), which later phrases with the same word reuse.
 */
interface Node<Tag> {
  exact: Map<string, Array<Node<Tag>>>;
  prefixes: Array<[string, Node<Tag>]>;
  any: Array<Node<Tag>>;
  solo: Map<string, Node<Tag>>;
  entries: Array<PhraseEntry<Tag>>;
}

function createNode<Tag>(): Node<Tag> {
  return { exact: new Map(), prefixes: [], any: [], solo: new Map(), entries: [] };
}

function attach<Tag>(node: Node<Tag>, option: string, child: Node<Tag>): void {
  if (option === '_') node.any.push(child);
  else if (option.endsWith('*') && option.length > 1) node.prefixes.push([option.slice(0, -1), child]);
  else {
    const list = node.exact.get(option);
    if (list) list.push(child);
    else node.exact.set(option, [child]);
  }
}

export interface PhraseMatcher<Tag> {
  readonly size: number;
  match(tokens: readonly Token[]): Array<PhraseHit<Tag>>;
}

/** The most versions one phrase may expand to; longer lists of choices belong in "a|b" words. */
export const MAX_PHRASE_EXPANSIONS = 64;

/** How many phrases a phrase with word groups stands for, without building them. */
export function phraseExpansionCount(phrase: string): number {
  let count = 1;
  for (const group of phrase.matchAll(/\(([^()]*)\)(\??)/g)) count *= (group[1] ?? '').split('|').length + (group[2] === '?' ? 1 : 0);
  return count;
}

/**
 * Expands groups of alternatives that contain spaces: "must be (thrown out|refused)" gives
 * "must be thrown out" and "must be refused"; "(very )?" is optional. Groups do not nest;
 * at most 64 expansions.
 */
export function expandPhrase(phrase: string): string[] {
  const group = /\(([^()]*)\)(\??)/.exec(phrase);
  if (!group) return [phrase];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  const options = (group[1] ?? '').split('|');
  if (group[2] === '?') options.push('');
  return options.flatMap((option) => expandPhrase(`${before}${option}${after}`.replace(/\s+/g, ' ').trim()));
}

/** Splits a phrase the way drafts are split, so "won't" in a list matches "won't" in a post. */
export function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  for (const raw of phrase.toLowerCase().replace(/[’‘]/g, "'").split(/[\s\-/]+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}_*|'@$]+|[^\p{L}\p{N}_*|']+$/gu, '');
    if (word.length === 0) continue;
    if (word.includes('|') || word === '_' || word.endsWith('*')) {
      words.push(word);
      continue;
    }
    if (word.endsWith("n't")) {
      const stem = word.slice(0, -3);
      words.push({ wo: 'will', ca: 'can', sha: 'shall', ai: 'is' }[stem] ?? stem, 'not');
    } else if (/'(ll|ve|re|d|m)$/.test(word)) {
      const [stem, tail] = word.split("'") as [string, string];
      words.push(stem, { ll: 'will', ve: 'have', re: 'are', d: 'would', m: 'am' }[tail] as string);
    } else if (/'s$/.test(word)) {
      const stem = word.slice(0, -2);
      words.push(stem, ['it', 'that', 'there', 'what', 'who', 'he', 'she', 'here', 'where', 'how', 'this'].includes(stem) ? 'is' : "'s");
    } else {
      words.push(word);
    }
  }
  return words;
}

export function compilePhrases<Tag>(entries: Iterable<PhraseEntry<Tag>>): PhraseMatcher<Tag> {
  const root = createNode<Tag>();
  let size = 0;
  for (const entry of entries) for (const expanded of expandPhrase(entry.phrase)) {
    const words = phraseWords(expanded);
    if (words.length === 0) continue;
    let frontier: Array<Node<Tag>> = [root];
    for (const word of words) {
      const options = [...new Set(word.split('|').filter(Boolean))];
      if (options.length === 1) {
        const option = options[0] as string;
        frontier = frontier.map((node) => {
          let child = node.solo.get(option);
          if (!child) {
            child = createNode();
            node.solo.set(option, child);
            attach(node, option, child);
          }
          return child;
        });
      } else {
        const shared = createNode<Tag>();
        for (const node of frontier) for (const option of options) attach(node, option, shared);
        frontier = [shared];
      }
    }
    for (const node of frontier) node.entries.push(entry);
    size++;
  }

  function step(node: Node<Tag>, token: Token, out: Array<Node<Tag>>): void {
    const add = (child: Node<Tag>): void => {
      if (!out.includes(child)) out.push(child);
    };
    for (const form of token.forms) {
      const children = node.exact.get(form);
      if (children) for (const child of children) add(child);
      for (const [prefix, prefixChild] of node.prefixes) if (form.startsWith(prefix)) add(prefixChild);
    }
    if (token.censored) {
      for (const [word, children] of node.exact) if (token.censored.test(word)) for (const child of children) add(child);
    }
    for (const child of node.any) add(child);
  }

  return {
    size,
    match(tokens) {
      const hits: Array<PhraseHit<Tag>> = [];
      for (let first = 0; first < tokens.length; first++) {
        let frontier: Array<Node<Tag>> = [root];
        for (let at = first; at < tokens.length && frontier.length > 0; at++) {
          const token = tokens[at] as Token;
          const next: Array<Node<Tag>> = [];
          for (const node of frontier) step(node, token, next);
          for (const node of next) {
            for (const entry of node.entries) {
              hits.push({
                tag: entry.tag,
                phrase: entry.phrase,
                firstToken: first,
                endToken: at + 1,
                start: (tokens[first] as Token).start,
                end: token.end,
              });
            }
          }
          frontier = next;
        }
      }
      return hits;
    },
  };
}
