import type { Draft } from '../checks/types.js';
import { compilePhrases, type PhraseHit } from './phrase-matcher.js';
import type { Token } from './prepare-draft.js';
import type { Target } from './targets.js';
import { isInQuotes } from './text-helpers.js';

/**
 * Whether hurtful words in a draft are the writer's own. They are not when the writer quotes
 * them to condemn them ("I was called a 'lying scumbag'. Abuse like this has no place…"),
 * reports them as said to or about someone ("He called residents idiots"), apologises for
 * them ("I apologise for calling Cllr Smith an idiot"), or says them of themselves
 * ("I'm such an idiot, I left my keys at the hall"). These are grammar, not a council's word
 * list, so they live here rather than in a pack.
 */

type Cue = 'report' | 'condemn' | 'apology' | 'apologyAfter';

const CUES: Record<Cue, readonly string[]> = {
  report: [
    'called|calls|calling|call me|us', 'was|were|been|being|get|gets|got called', 'called|calls|calling|branded|labelled|labeled|dubbed',
    'was|were|been|being branded|labelled|labeled|dubbed', 'accused|accusing|accuse me|us of', 'was|were|been|being accused of',
    'said|says|saying i|we am|are|was|were', 'told me|us i|we am|are|was|were', 'referred to me|us as', 'described|describing me|us as',
  ],
  condemn: [
    'no place', 'unacceptable', 'not acceptable', 'will not be tolerated', 'will not tolerate', 'should not have to', 'abuse', 'abusive', 'vile',
    'disgusting', 'appalling', 'shameful', 'disgraceful', 'reported to the police', 'reported it', 'called', 'labelled', 'branded', 'received',
    'sent me', 'messages like', 'comments like', 'language like', 'trolls', 'trolling', 'racism', 'racist', 'homophobia', 'homophobic', 'hate',
    'hateful', 'bigotry', 'sexism', 'sexist', 'misogyny', 'enough is enough', 'call out', 'calling out', 'stand up to', 'stand against',
    'hurtful', 'intimidation', 'harassment', 'threatening', 'threats',
  ],
  apology: [
    'apologise|apologize|apologised|apologized|apologising|apologizing|apologies|apology', 'sorry for|that', 'i am sorry', 'i regret',
    'regret calling|saying|writing|posting|suggesting|implying|describing', 'withdraw|withdrawn|retract|retracted', 'take|took back',
    'should not have', 'was wrong to', 'i was wrong',
  ],
  apologyAfter: ['was|were wrong|unfair|unacceptable|uncalled|untrue', 'was|were out of order', 'was|were not acceptable|true|fair', 'was|were a mistake'],
};

const CUE_MATCHER = compilePhrases(Object.entries(CUES).flatMap(([cue, phrases]) => phrases.map((phrase) => ({ phrase, tag: cue as Cue }))));
const WRITER = new Set(['i', 'we']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'get', 'gets', 'got']);

export interface TokenRange {
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

/** The cue phrases of one draft; found once per check and reused for every hit. */
export interface Distancing {
  /** Reported, quoted to condemn, or apologised for. */
  isDistanced(range: TokenRange): boolean;
  isApologisedFor(range: TokenRange): boolean;
}

function sentenceOfToken(draft: Draft, index: number): number {
  return (draft.tokens[index] as Token | undefined)?.sentence ?? -1;
}

export function findDistancing(draft: Draft): Distancing {
  let cues: Array<PhraseHit<Cue>> | null = null;
  const cuesOf = (): Array<PhraseHit<Cue>> => (cues ??= CUE_MATCHER.match(draft.tokens));

  /** "He called residents idiots", "I was called a liar": but not "I called him an idiot". */
  const isReported = (range: TokenRange): boolean =>
    cuesOf().some((cue) => {
      if (cue.tag !== 'report' || cue.endToken > range.firstToken || range.firstToken - cue.endToken > 4) return false;
      if (sentenceOfToken(draft, cue.firstToken) !== sentenceOfToken(draft, range.firstToken)) return false;
      const speaker = [draft.tokens[cue.firstToken - 1], draft.tokens[cue.firstToken - 2]];
      const isPassive = PASSIVE.has(draft.tokens[cue.firstToken]?.text ?? '');
      if (speaker[0]?.text === 'so') return false; // "so-called experts"
      return isPassive || !speaker.some((token) => token && token.sentence === sentenceOfToken(draft, cue.firstToken) && WRITER.has(token.text));
    });

  const isQuotedToCondemn = (range: TokenRange): boolean =>
    isInQuotes(draft, range) && cuesOf().some((cue) => (cue.tag === 'condemn' || cue.tag === 'report') && !isInQuotes(draft, cue));

  const isApologisedFor = (range: TokenRange): boolean => {
    const sentence = sentenceOfToken(draft, range.firstToken);
    return cuesOf().some((cue) => {
      if (sentenceOfToken(draft, cue.firstToken) !== sentence) return false;
      return (cue.tag === 'apology' && cue.endToken <= range.firstToken) || (cue.tag === 'apologyAfter' && cue.firstToken >= range.endToken);
    });
  };

  return { isDistanced: (range) => isReported(range) || isQuotedToCondemn(range) || isApologisedFor(range), isApologisedFor };
}

const SELF_AFTER = new Set(['i', 'me', 'myself']);
const CLAUSE_BREAK = /[,;:.!?()]/;

/**
 * Whether words are said of the writer: "I'm such an idiot", "silly me", "call me a dinosaur",
 * "what a muppet I am", "made me look a right clown". `subject` is the target the words were
 * found to be said of, if any.
 */
export function isSelfDirected(draft: Draft, range: TokenRange, targets: readonly Target[], subject?: Target): boolean {
  if (subject) return subject.kind === 'self';
  const sentence = sentenceOfToken(draft, range.firstToken);
  // "what a muppet I am", "idiot me": but not "Cllr Smith is an idiot, I think".
  for (let i = range.endToken; i < range.endToken + 2; i++) {
    const after = draft.tokens[i];
    const before = draft.tokens[i - 1] as Token;
    if (!after || after.sentence !== sentence || CLAUSE_BREAK.test(draft.text.slice(before.end, after.start))) break;
    if (SELF_AFTER.has(after.text)) return true;
  }
  let nearest: Target | undefined;
  for (const target of targets) {
    if (target.sentence !== sentence || target.endToken > range.firstToken || range.firstToken - target.endToken > 3) continue;
    if (!nearest || target.endToken > nearest.endToken) nearest = target;
  }
  if (nearest?.kind !== 'self' || !SELF_AFTER.has(draft.tokens[nearest.firstToken]?.text ?? '')) return false;
  const between = draft.text.slice(nearest.end, (draft.tokens[range.firstToken] as Token).start);
  return !CLAUSE_BREAK.test(between);
}

const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'noone', 'nothing', 'neither', 'nor', 'hardly']);
const AFTER_NEGATOR = new Set(['a', 'an', 'such', 'so', 'that', 'at', 'all', 'remotely', 'completely', 'totally', 'entirely', 'exactly', 'being', 'be', 'one', 'really', 'very', 'just', 'ever', 'deserves', 'deserve', 'should']);

/**
 * Whether words are denied rather than said: "He's no idiot", "Cllr Brown is not a liar",
 * "Don't be a muppet", "No one deserves a bullet". Unlike a plain look-back for "not", this
 * leaves "Vote for me, not the clowns in charge" as said.
 */
export function isDenied(draft: Draft, range: TokenRange, window = 3): boolean {
  const first = draft.tokens[range.firstToken];
  for (let i = range.firstToken - 1; first && i >= 0 && range.firstToken - i <= window; i--) {
    const token = draft.tokens[i] as Token;
    const next = draft.tokens[i + 1] as Token;
    if (token.sentence !== first.sentence || CLAUSE_BREAK.test(draft.text.slice(token.end, next.start))) return false;
    if (NEGATORS.has(token.text)) return i + 1 === range.firstToken || AFTER_NEGATOR.has(next.text) || token.text === 'nobody';
  }
  return false;
}
