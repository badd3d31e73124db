import type { Draft } from '../checks/types.js';
import type { Token } from './prepare-draft.js';
import type { Target } from './targets.js';
import { targetAfter, targetBefore } from './targets.js';

/**
 * Whether a word is said of people: "Cllr Brown is a snake", "you clown", "a bunch of clowns",
 * "what a muppet", "a right muppet", "the clowns running the council", "useless officers",
 * "an infestation of travellers". The same words pass when they are not ("a snake in the
 * garden", "face painting and clowns at the fun day", "a useless bus timetable").
 */

export type FrameKind = 'subject' | 'you' | 'collective' | 'exclamation' | 'intensified' | 'in-charge' | 'attributive' | 'of-people' | 'apposition' | 'labelled' | 'agent' | 'vocative';

/**
 * Cues a caller finds with its own word lists, as token indices. `labels`: the last word of a
 * party or a trait only people have ("Tory clowns", "selfish muppets"); `actions`: the first word
 * of something only people do ("muppets whinging", "the clowns voted"); `addresses`: words of a
 * remark made to someone ("Take a bow, clowns.").
 */
export interface FrameCues {
  readonly labels?: ReadonlySet<number>;
  readonly actions?: ReadonlySet<number>;
  readonly addresses?: ReadonlySet<number>;
}

interface CueHit {
  readonly firstToken: number;
  readonly endToken: number;
}

/** Frame cues from the hits of the caller's lists. */
export function frameCues(labels: readonly CueHit[], actions: readonly CueHit[], addresses: readonly CueHit[]): FrameCues {
  const covered = new Set<number>();
  for (const hit of addresses) for (let i = hit.firstToken; i < hit.endToken; i++) covered.add(i);
  return { labels: new Set(labels.map((hit) => hit.endToken - 1)), actions: new Set(actions.map((hit) => hit.firstToken)), addresses: covered };
}

export interface PersonFrame {
  readonly kind: FrameKind;
  /** Who the words are said of, when the frame names them. */
  readonly target?: Target;
}

interface Range {
  readonly firstToken: number;
  readonly endToken: number;
}

const FILLER = new Set([
  'a', 'an', 'such', 'so', 'just', 'really', 'very', 'right', 'total', 'totally', 'complete', 'completely', 'absolute', 'absolutely', 'utter', 'utterly', 'proper',
  'massive', 'bloody', 'little', 'big', 'fat', 'old', 'silly', 'stupid', 'useless', 'pathetic', 'lying', 'spineless', 'two', 'faced', 'sad', 'nasty', 'vile', 'bunch',
  'pack', 'load', 'of', 'shower', 'fucking', 'effing', 'nothing', 'but', 'more', 'than', 'bit', 'being', 'acting', 'like', 'typical', 'actual', 'thoroughly', 'quite', 'rather',
  'basically', 'literally', 'essentially', 'simply', 'clearly', 'obviously', 'frankly', 'honestly', 'genuinely', 'nowt',
]);
const INTENSIFIERS = new Set(['right', 'total', 'complete', 'absolute', 'utter', 'proper', 'massive', 'bloody', 'such', 'fucking', 'effing', 'prize']);
const COPULAS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'r', 'become', 'becomes', 'became', 'seems', 'seem', 'remains', 'remain', 'feel', 'feels', 'felt', 'feeling']);
const LIKE_VERBS = new Set(['act', 'acts', 'acting', 'acted', 'behave', 'behaves', 'behaving', 'behaved', 'look', 'looks', 'looked', 'looking', 'sound', 'sounds', 'feel', 'feels', 'felt', 'feeling', 'is', 'are', 'was', 'were', 'just']);
const COLLECTIVES = new Set(['bunch', 'pack', 'load', 'lot', 'shower', 'nest', 'gang', 'band', 'herd', 'troop', 'flock', 'crowd', 'den', 'horde', 'set', 'collection', 'pair', 'couple']);
const YOU = new Set(['you', 'u', 'ya', 'ur', 'yer']);
const IN_CHARGE_AFTER = new Set(['charge', 'cabinet', 'power', 'government', 'westminster', 'office', 'county', 'town', 'city', 'shire', 'council']);
const NO_TOKENS: ReadonlySet<number> = new Set();
const ARTICLES = new Set(['a', 'an', 'such']);
const RUN = new Set(['run', 'runs', 'running']);
const IN_AT_ON = new Set(['in', 'at', 'on']);
const BODIES = new Set(['council', 'cabinet', 'committee', 'helm']);
/** Where people (not animals or performers) are found: "the snowflakes on here", "the dinosaurs on this council", "the muppets on the Labour benches". */
const PEOPLE_PLACES = new Set(['council', 'cabinet', 'committee', 'helm', 'benches', 'bench', 'page', 'thread', 'comments', 'forum', 'twitter', 'facebook', 'administration', 'opposition']);
/** Council departments that people work in: "the muppet in planning". */
const DEPARTMENTS = new Set(['planning', 'highways', 'housing', 'finance', 'legal', 'licensing', 'parking', 'waste', 'streetscene', 'enforcement', 'procurement', 'hr', 'comms', 'estates', 'regeneration', 'transport', 'democratic', 'revenues', 'benefits']);
/** Words after a department's name that make it something else: "a snake in planning permission terms", "rats in housing association flats". */
const DEPARTMENT_AS_WORD = new Set(['permission', 'application', 'applications', 'committee', 'consent', 'policy', 'law', 'rules', 'terms', 'association', 'associations', 'benefit', 'estate', 'estates', 'stock', 'need', 'crisis', 'list', 'fees', 'costs', 'charges', 'meter', 'meters', 'spaces', 'bays']);
const PLACE_DETERMINERS = new Set(['the', 'this', 'that', 'our', 'their', 'your', 'my']);
/** Words that may stand between people and what they do: "the clowns have all voted", "muppets still whinging". */
const BEFORE_ACTION = new Set(['have', 'has', 'are', 'were', 'is', 'was', 'will', 'would', 'all', 'still', 'just', 'always', 'now', 'again', 'never', 'can', 'do', 'did', 'really', 'even', 'actually', 'who', 'busy', 'been', 'then', 'suddenly', 'happily', 'usual']);
const CLAUSE_END = /[.!?;\n]/;
const HALLS = new Set(['county', 'town', 'city', 'shire']);
const SENTENCE_BREAK = /[.;:!?()\n]/;
const APPOSITION = /,|-/;
const PHRASE_BREAK = /[,'"’”]/;
const CAPITALISED = /^\p{Lu}/u;
const PHRASE_ENDERS = new Set([
  'and', 'or', 'but', 'who', 'which', 'that', 'in', 'at', 'on', 'of', 'for', 'with', 'from', 'to', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'should',
  'can', 'could', 'did', 'do', 'does', 'running', 'again', 'too', 'like', 'as', 'than', 'the', 'a', 'an', 'this', 'these', 'those', 'mate', 'then', 'just', 'really', 'ever',
  'so', 'now', 'here', 'there', 'all', 'i', 'you', 'he', 'she', 'they', 'we', 'it', 'me', 'him', 'her', 'them', 'us', 'if', 'when', 'because', 'since', 'while', 'not',
  'never', 'always', 'still', 'already', 'by', 'up', 'down', 'out', 'off', 'around', 'about', 'who', 'what', 'lol', 'tbh', 'imo', 'frankly', 'honestly', 'mind', 'pal',
  'anyway', 'either', 'though', 'yet', 'today', 'tonight', 'yesterday', 'ever', 'my', 'your', 'his', 'their', 'our', 'am', 'be', 'been', 'being', 'opposite',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'of', 'for']);
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'really', 'just', 'honestly', 'frankly', 'clearly', 'obviously', 'also', 'always', 'still', 'now', 'simply', 'quite', 'so', 'completely', 'totally', 'utterly',
  'absolutely', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'being', 'been', 'all', 'both', 'lot', 'of', 'them', 'you', 'here', 'there', 'again',
]);

/** Whether nothing but spaces and commas lie between two neighbouring tokens. */
function isJoined(draft: Draft, left: Token, right: Token): boolean {
  return left.sentence === right.sentence && !SENTENCE_BREAK.test(draft.text.slice(left.end, right.start));
}

/** The first token before `index` that is not a filler word (or in `fillers`), within `limit` tokens. */
function firstBefore(draft: Draft, index: number, limit: number, fillers: ReadonlySet<number>): number {
  let at = index - 1;
  while (at >= 0 && index - at <= limit) {
    const token = draft.tokens[at] as Token;
    if (!isJoined(draft, token, draft.tokens[at + 1] as Token)) return -1;
    if (!FILLER.has(token.text) && !fillers.has(at)) return at;
    at--;
  }
  return -1;
}

function subjectFrame(draft: Draft, range: Range, targets: readonly Target[], fillers: ReadonlySet<number>): PersonFrame | null {
  const at = firstBefore(draft, range.firstToken, 5, fillers);
  let verb = at;
  const word = draft.tokens[at]?.text ?? '';
  if (word === 'like') {
    verb = at - 1;
    if (!LIKE_VERBS.has(draft.tokens[verb]?.text ?? '')) return null;
  } else if (word === "'s") {
    if (!ARTICLES.has(draft.tokens[at + 1]?.text ?? '')) return null;
  } else if (!COPULAS.has(word)) {
    return null;
  }
  if (draft.tokens[verb - 1]?.text === 'there') return null;
  const target = targetBefore(targets, draft, word === "'s" ? verb + 1 : verb, 6);
  return target && isSubjectOf(draft, target, verb) ? { kind: 'subject', target } : null;
}

/**
 * Whether a target is the subject of the verb at `verb`: next to it, or separated only by
 * adverbs and auxiliaries ("Cllr Brown has been useless") or by a short place phrase ("Sarah
 * Jones in planning is useless"). "The leader's policy is…" and "Officers said the timetable
 * is…" are about something else.
 */
function isSubjectOf(draft: Draft, target: Target, verb: number): boolean {
  const first = draft.tokens[target.endToken];
  if (target.endToken === verb) return true;
  if (!first || first.text === "'s") return false;
  // A short place phrase ("Sarah Jones in planning is…") or relative clause ("Anyone who backs them is…") may come between.
  const limit = PLACE_PREPOSITIONS.has(first.text) ? 4 : first.text === 'who' ? 5 : 0;
  for (let i = target.endToken; i < verb; i++) {
    const token = draft.tokens[i] as Token;
    if (!BETWEEN_SUBJECT_AND_VERB.has(token.text) && i - target.endToken >= limit) return false;
  }
  return true;
}

function afterFrame(draft: Draft, range: Range, cues: FrameCues): boolean {
  const next = draft.tokens[range.endToken];
  const second = draft.tokens[range.endToken + 1];
  if (!next || !isJoined(draft, draft.tokens[range.endToken - 1] as Token, next)) return false;
  if (next.text === 'running' || next.text === 'opposite') return true;
  if (next.text === 'who' || next.text === 'that') return RUN.has(second?.text ?? '');
  if (!IN_AT_ON.has(next.text) || !second) return false;
  // "the muppet in planning", "the clowns at highways": people placed in a council department.
  if (next.text !== 'on' && DEPARTMENTS.has(second.text) && !DEPARTMENT_AS_WORD.has(draft.tokens[range.endToken + 2]?.text ?? '')) return true;
  if (second.text === 'here') return next.text === 'on';
  if (PLACE_DETERMINERS.has(second.text)) {
    let at = range.endToken + 2;
    while (at < range.endToken + 4 && CAPITALISED.test(draft.tokens[at]?.typed ?? '') && !PEOPLE_PLACES.has(draft.tokens[at]?.text ?? '')) at++;
    const place = draft.tokens[at];
    // "on this council", but not "on the council estate", where the place is a word describing another.
    if (!place || place.sentence !== next.sentence || isModifier(draft, { firstToken: at, endToken: at + 1 }, cues)) return false;
    return (second.text === 'the' && BODIES.has(place.text)) || PEOPLE_PLACES.has(place.text);
  }
  return IN_CHARGE_AFTER.has(second.text) && (!HALLS.has(second.text) || draft.tokens[range.endToken + 2]?.text === 'hall');
}

/** Whether the words are followed by a noun they describe ("snake owner", "puppet show"), rather than ending their phrase. */
export function isModifier(draft: Draft, range: Range, cues: FrameCues = {}): boolean {
  const last = draft.tokens[range.endToken - 1] as Token;
  const next = draft.tokens[range.endToken];
  return !!next && isJoined(draft, last, next) && !PHRASE_BREAK.test(draft.text.slice(last.end, next.start)) && !PHRASE_ENDERS.has(next.text) && !CAPITALISED.test(next.typed) && !cues.actions?.has(next.index);
}

/** "Tory clowns", "selfish little muppets", "lefty, woke snowflakes": a label just before the words. */
function isLabelled(draft: Draft, range: Range, labels: ReadonlySet<number>): boolean {
  for (let at = range.firstToken - 1; at >= 0 && range.firstToken - at <= 3; at--) {
    const token = draft.tokens[at] as Token;
    if (!isJoined(draft, token, draft.tokens[at + 1] as Token)) return false;
    if (labels.has(at)) return true;
    if (!FILLER.has(token.text)) return false;
  }
  return false;
}

/** "muppets whinging", "the clowns opposite have voted": the words are followed by something only people do. */
function isAgent(draft: Draft, range: Range, actions: ReadonlySet<number>): boolean {
  for (let at = range.endToken; at < range.endToken + 4; at++) {
    const token = draft.tokens[at];
    if (!token || !isJoined(draft, draft.tokens[at - 1] as Token, token)) return false;
    if (actions.has(at)) return true;
    if (!BEFORE_ACTION.has(token.text) && !(at === range.endToken && token.text === 'opposite')) return false;
  }
  return false;
}

/** "Take a bow, clowns.", "Nice try, muppets": said to people, at the end of a remark addressed to them. */
function isVocative(draft: Draft, range: Range, addresses: ReadonlySet<number>): boolean {
  const first = draft.tokens[range.firstToken] as Token;
  const previous = draft.tokens[range.firstToken - 1];
  const next = draft.tokens[range.endToken];
  if (!previous || previous.sentence !== first.sentence || !draft.text.slice(previous.end, first.start).includes(',')) return false;
  if (next && next.sentence === first.sentence && !CLAUSE_END.test(draft.text.slice((draft.tokens[range.endToken - 1] as Token).end, next.start))) return false;
  for (let at = range.firstToken - 1; at >= 0 && draft.tokens[at]?.sentence === first.sentence; at--) if (addresses.has(at)) return true;
  return false;
}

/**
 * The first of the `allowed` frames that puts the words at `range` onto people, or null.
 * `fillers` are token indices that may sit between a frame and the words (other insults).
 */
export function personFrame(draft: Draft, range: Range, targets: readonly Target[], allowed: ReadonlySet<FrameKind>, fillers: ReadonlySet<number> = NO_TOKENS, cues: FrameCues = {}): PersonFrame | null {
  const { tokens } = draft;
  if (allowed.has('labelled') && cues.labels && isLabelled(draft, range, cues.labels)) return { kind: 'labelled' };
  if (allowed.has('agent') && cues.actions && isAgent(draft, range, cues.actions)) return { kind: 'agent' };
  if (allowed.has('vocative') && cues.addresses && isVocative(draft, range, cues.addresses)) return { kind: 'vocative' };
  if (allowed.has('subject')) {
    const frame = subjectFrame(draft, range, targets, fillers);
    if (frame) return frame;
  }
  const before = firstBefore(draft, range.firstToken, 3, fillers);
  const beforeToken = tokens[before];
  if (allowed.has('you') && beforeToken && YOU.has(beforeToken.text)) {
    const target = targets.find((t) => t.firstToken === before && t.kind === 'you');
    return target ? { kind: 'you', target } : { kind: 'you' };
  }
  if (allowed.has('collective')) {
    for (let at = range.firstToken - 1; at >= 1 && range.firstToken - at <= 3; at--) {
      if (tokens[at]?.text === 'of' && COLLECTIVES.has(tokens[at - 1]?.text ?? '')) return { kind: 'collective' };
    }
  }
  if (allowed.has('exclamation') && beforeToken?.text === 'what' && (ARTICLES.has(tokens[before + 1]?.text ?? '') || INTENSIFIERS.has(tokens[before + 1]?.text ?? ''))) return { kind: 'exclamation' };
  if (allowed.has('intensified')) {
    const previous = tokens[range.firstToken - 1];
    if (previous && INTENSIFIERS.has(previous.text) && isJoined(draft, previous, tokens[range.firstToken] as Token)) return { kind: 'intensified' };
  }
  if (allowed.has('in-charge') && afterFrame(draft, range, cues)) return { kind: 'in-charge' };
  if (allowed.has('attributive')) {
    // "useless officers", but not "…are disgusting. They are our neighbours", where a new sentence starts.
    const target = targetAfter(targets, draft, range.endToken, 0);
    const next = tokens[range.endToken];
    if (target && next && isJoined(draft, tokens[range.endToken - 1] as Token, next) && target.kind !== 'self' && target.kind !== 'pronoun') return { kind: 'attributive', target };
  }
  if (allowed.has('of-people') && tokens[range.endToken]?.text === 'of') {
    const target = targetAfter(targets, draft, range.endToken + 1, 1);
    if (target && (target.kind === 'people' || target.kind === 'plural')) return { kind: 'of-people', target };
  }
  if (allowed.has('apposition')) {
    const target = targetAfter(targets, draft, range.endToken, 1);
    const last = tokens[range.endToken - 1] as Token;
    if (target && (target.kind === 'plural' || target.kind === 'people') && APPOSITION.test(draft.text.slice(last.end, target.start))) return { kind: 'apposition', target };
  }
  return null;
}

/**
 * "a disgrace of a scheme", "a joke of a timetable": words said of the thing named after "of a",
 * not of a person. `personNouns` are hits of a list of nouns for people ("a joke of a councillor").
 */
export function isSaidOfAThing(draft: Draft, range: Range, personNouns: readonly Range[]): boolean {
  const { tokens } = draft;
  if (tokens[range.endToken]?.text !== 'of' || !ARTICLES.has(tokens[range.endToken + 1]?.text ?? '')) return false;
  return !personNouns.some((noun) => noun.firstToken >= range.endToken + 2 && noun.firstToken <= range.endToken + 4);
}
