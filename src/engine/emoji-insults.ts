import type { Draft } from '../checks/types.js';
import type { Sentence, Span } from './prepare-draft.js';
import type { Target } from './targets.js';

/**
 * Insults made with emoji rather than words: "Cllr Dobbs 🤡🤡🤡 strikes again",
 * "Absolute state of @CllrSmith 🤮". Emoji are not words, so the phrase matcher never sees
 * them; the emoji a council counts as insults are data (two of its word lists), and this
 * decides when they are said of someone: right next to a person, or (for the plainly
 * insulting ones, such as the clown) at the end of a sentence that names one.
 */

export interface EmojiLists {
  /** Insulting wherever they point at a person: next to them, or closing a sentence that names them. */
  readonly insulting: readonly string[];
  /** Insulting only right next to a person ("@CllrSmith 🐍"): "rats on Mill Road 🐀" is about rats. */
  readonly mocking: readonly string[];
}

export interface EmojiInsult extends Span {
  /** The emoji as typed (the first of a run). */
  readonly emoji: string;
  readonly target: Target;
}

/** One pictograph with its variation selector and skin tone, if any. */
const PICTOGRAPH = /\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*/gu;
const ANY_PICTOGRAPH = /\p{Extended_Pictographic}/u;
const DECORATION = /[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;
/** Between a name and an emoji aimed at it: spaces, other emoji, a comma, a dash; no words and no full stop. */
const ADJACENT = /^[\s\p{Extended_Pictographic}\uFE0F\u200D\u{1F3FB}-\u{1F3FF},–—-]*$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Who a clown at the end of a sentence can be aimed at: someone named or addressed, not "we" or "residents". */
const NAMED_KINDS = new Set<Target['kind']>(['councillor', 'titled', 'full-name', 'handle', 'you', 'role', 'referent', 'organisation', 'body', 'pronoun', 'plural']);

/** "with Cllr Smith 🤡🎈", "reported the rats to Cllr Smith 🐀": the person is company or a recipient, not the butt. */
const ALONGSIDE = new Set(['with', 'and', 'to', 'for', 'from', 'alongside', 'featuring', 'thanks', 'plus', 'joined', 'welcomed', 'meet', 'met']);

const setCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The list as a set of bare emoji, built once per pack. */
function emojiSet(list: readonly string[]): ReadonlySet<string> {
  let set = setCache.get(list);
  if (!set) {
    set = new Set(list.map((emoji) => emoji.replace(DECORATION, '').trim()).filter(Boolean));
    setCache.set(list, set);
  }
  return set;
}

interface Run extends Span {
  readonly emoji: string;
  readonly isInsulting: boolean;
}

/** Runs of listed emoji ("🤡🤡🤡", "🤡 🤡"): one run per stretch. */
function findRuns(text: string, insulting: ReadonlySet<string>, mocking: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(PICTOGRAPH)) {
    const bare = match[0].replace(DECORATION, '');
    const isInsulting = insulting.has(bare);
    if (!isInsulting && !mocking.has(bare)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const last = runs[runs.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, start))) runs[runs.length - 1] = { ...last, end, isInsulting: last.isInsulting || isInsulting };
    else runs.push({ start, end, emoji: match[0], isInsulting });
  }
  return runs;
}

function sentenceAt(draft: Draft, offset: number): Sentence | undefined {
  return draft.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
}

/** Whether no word of the sentence follows the run: the emoji closes what was said. */
function closesSentence(draft: Draft, run: Run, sentence: Sentence): boolean {
  return !WORD_CHAR.test(draft.text.slice(run.end, sentence.end));
}

/** Emoji insults in the draft and whom each is aimed at. `targets` as from findTargets. */
export function findEmojiInsults(draft: Draft, targets: readonly Target[], lists: EmojiLists): EmojiInsult[] {
  if (!ANY_PICTOGRAPH.test(draft.text)) return [];
  const runs = findRuns(draft.text, emojiSet(lists.insulting), emojiSet(lists.mocking));
  const found: EmojiInsult[] = [];
  for (const run of runs) {
    const aimed = targets.filter((t) => t.kind !== 'self');
    const before = aimed.filter((t) => t.end <= run.start && ADJACENT.test(draft.text.slice(t.end, run.start))).pop();
    const after = aimed.find((t) => t.start >= run.end && ADJACENT.test(draft.text.slice(run.end, t.start)));
    let target = before ?? after;
    if (!target && run.isInsulting) {
      const sentence = sentenceAt(draft, run.start);
      if (sentence && closesSentence(draft, run, sentence)) target = aimed.find((t) => t.sentence === sentence.index && NAMED_KINDS.has(t.kind));
    }
    if (target && !ALONGSIDE.has(draft.tokens[target.firstToken - 1]?.text ?? '')) found.push({ start: run.start, end: run.end, emoji: run.emoji, target });
  }
  return found;
}
