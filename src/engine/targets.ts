import type { Draft } from '../checks/types.js';
import { findPeople, type PersonKind } from './people.js';
import type { Span, Token } from './prepare-draft.js';

/**
 * Who a passage is about. Starts from findPeople and adds what it leaves out: councillors
 * typed in capitals or lower case ("CLLR BROWN", "cllr brown"), @handles, companies ("FitCo",
 * "Acme Homes Ltd"), pronouns that point at someone ("he", "they" after a name), "this man",
 * the reader ("you"), ordinary people in general ("residents", "drivers"), small bodies whose
 * members can be picked out ("planning committee", "the cabinet", "County Hall") and the writer ("I").
 */

export type TargetKind = PersonKind | 'handle' | 'organisation' | 'referent' | 'pronoun' | 'plural' | 'you' | 'people' | 'self' | 'body';

export interface Target extends Span {
  readonly kind: TargetKind;
  readonly firstToken: number;
  readonly endToken: number;
  readonly sentence: number;
  /** Council staff: officers, or a named person placed in a department ("Sarah Jones in planning"). */
  readonly isStaff: boolean;
}

const IDENTIFIABLE = new Set<TargetKind>(['titled', 'councillor', 'full-name', 'family', 'role', 'handle', 'organisation', 'referent', 'pronoun', 'plural', 'you', 'body']);
const NAMED = new Set<TargetKind>(['titled', 'councillor', 'full-name', 'family', 'handle', 'organisation']);

/** A particular person, company or small group that a reader could pick out. */
export function isIdentifiable(target: Target): boolean {
  return IDENTIFIABLE.has(target.kind);
}

/** Named outright, not just by role or pronoun. */
export function isNamed(target: Target): boolean {
  return NAMED.has(target.kind);
}

const SINGULAR = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves', 'em']);
const YOU = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ya', 'yer', 'ur']);
const SELF = new Set(['i', 'me', 'my', 'myself', 'mine', 'we', 'us', 'our', 'ours', 'ourselves']);
/** Office-holders named by their office: "our MP", "the local MP". */
const OFFICES = new Set(['mp', 'mep', 'msp', 'pcc']);
const ACRONYM = /^\p{Lu}{2}/u;
const OFFICE_DETERMINERS = new Set(['our', 'the', 'local', 'my', 'your', 'their', 'his', 'her']);
const PEOPLE = new Set([
  'people', 'residents', 'voters', 'drivers', 'motorists', 'cyclists', 'parents', 'tenants', 'neighbours', 'locals', 'folk', 'folks', 'kids', 'youths', 'teenagers',
  'councillors', 'members', 'staff', 'workers', 'protesters', 'campaigners', 'objectors', 'taxpayers', 'pensioners', 'men', 'women', 'blokes', 'guys', 'ladies', 'individuals',
  'councillor', 'commenters', 'trolls', 'critics', 'opponents', 'supporters', 'activists', 'lads', 'anyone', 'anybody', 'everyone', 'everybody', 'whoever',
]);
const REFERENT_NOUNS = new Set(['man', 'woman', 'bloke', 'guy', 'fella', 'fellow', 'lady', 'gentleman', 'individual', 'person', 'character', 'councillor', 'officer', 'lot']);
const DEMONSTRATIVES = new Set(['this', 'that', 'the']);
const POSSESSIVES = new Set(['our', 'your', 'my']);
const COUNCILLOR_TITLES = new Set(['cllr', 'councillor', 'coun', 'cllor', 'clr']);
const NOT_A_NAME = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'and', 'or', 'the', 'a', 'an', 'for', 'of', 'to', 'in', 'on', 'at', 'said', 'says', 'who', 'will', 'would', 'should', 'can', 'could', 'did', 'does', 'not', 'surgery', 'surgeries']);
const ORG_SUFFIXES = new Set(['ltd', 'limited', 'plc', 'llp', 'co', 'homes', 'developments', 'construction', 'builders', 'group', 'properties', 'estates', 'contractors', 'holdings', 'partners', 'partnership', 'associates', 'consultants', 'consulting', 'solutions', 'corp', 'inc']);
const DEPARTMENTS = new Set(['planning', 'highways', 'housing', 'finance', 'legal', 'licensing', 'environmental', 'waste', 'parking', 'building', 'transport', 'council', 'customer', 'democratic', 'revenues', 'benefits', 'education', 'hr', 'payroll', 'property', 'estates', 'regeneration', 'streetscene', 'parks', 'leisure', 'social', 'children', "children's", 'adult', 'it', 'comms', 'communications', 'enforcement', 'trading', 'the']);
/** Bodies small enough that what is said of them is said of their members. */
const BODIES = new Set(['committee', 'cabinet', 'administration', 'leadership', 'executive', 'board', 'panel', 'group']);
/** Bodies that only a capitalised name before them makes one: "the Labour cabinet", "the Tory group" (not "filing cabinet", "walking group"). */
const NAMED_BODIES = new Set(['cabinet', 'group']);
const DETERMINERS = new Set(['the', 'this', 'our', 'their', 'your', 'that']);
const BODY_ATTRIBUTES = new Set(['member', 'members', 'meeting', 'meetings', 'papers', 'paper', 'report', 'reports', 'agenda', 'decision', 'decisions', 'room', 'minutes', 'item', 'items', 'date', 'dates', 'clerk', 'chair', 'vote', 'votes', "'s", 'level', 'system', 'model', 'style', 'role', 'roles', 'post', 'posts', 'team', 'training', 'skills', 'course', 'programme']);
const HALL_PLACES = new Set(['county', 'town', 'city', 'civic', 'guild']);
const RULING = new Set(['ruling', 'controlling']);
const RULING_BODIES = new Set(['group', 'party', 'coalition', 'administration', 'clique', 'cabal']);
const STAFF_ROLE = /officer|exec|ceo|clerk|director|head of|manager|monitoring|staff/;
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;
const WORD = /^\p{L}[\p{L}'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
const WORD_CHAR = /\w/;
const PUNCTUATION = /[,.;:!?()]/;

function make(draft: Draft, kind: TargetKind, firstToken: number, endToken: number, isStaff = false): Target {
  const first = draft.tokens[firstToken] as Token;
  const last = draft.tokens[endToken - 1] as Token;
  return { kind, firstToken, endToken, start: first.start, end: last.end, sentence: first.sentence, isStaff };
}

function charBefore(draft: Draft, token: Token): string {
  return draft.text.charAt(token.start - 1);
}

/** "Sarah Jones in planning", "Mr Patel from the council". */
function isPlacedInDepartment(draft: Draft, endToken: number): boolean {
  const preposition = draft.tokens[endToken]?.text;
  const place = draft.tokens[endToken + 1]?.text;
  return (preposition === 'in' || preposition === 'at' || preposition === 'from') && !!place && DEPARTMENTS.has(place);
}

function organisationAt(draft: Draft, index: number): number | null {
  const token = draft.tokens[index] as Token;
  if (!ORG_SUFFIXES.has(token.text) || !CAPITALISED.test(token.typed)) return null;
  let first = index;
  while (first > 0 && index - first < 3) {
    const before = draft.tokens[first - 1] as Token;
    if (before.sentence !== token.sentence || !CAPITALISED.test(before.typed) || before.text === 'the') break;
    first--;
  }
  return first < index ? first : null;
}

/** "planning committee", "the cabinet", "the Labour administration", "County Hall", "the ruling group": [first, end) or null. */
function bodyAt(draft: Draft, i: number, covered: ReadonlySet<number>): [number, number] | null {
  const { tokens } = draft;
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (HALL_PLACES.has(token.text) && next?.text === 'hall' && CAPITALISED.test(token.typed)) return [i, i + 2];
  if (RULING.has(token.text) && next && RULING_BODIES.has(next.text)) return [i, i + 2];
  if (!BODIES.has(token.text) || BODY_ATTRIBUTES.has(next?.text ?? '') || (next?.sentence === token.sentence && next.text === 'of')) return null;
  const before = tokens[i - 1];
  const isWordBefore = !!before && before.sentence === token.sentence && !covered.has(i - 1) && !DETERMINERS.has(before.text) && !NOT_A_NAME.has(before.text) && WORD.test(before.typed);
  const hasDeterminer = DETERMINERS.has(before?.text ?? '') || (isWordBefore && DETERMINERS.has(tokens[i - 2]?.text ?? ''));
  // "planning committee" and "Labour cabinet" need no "the"; "showed leadership", "filing cabinet" and "the group" are not bodies.
  const hasModifier = isWordBefore && (NAMED_BODIES.has(token.text) ? CAPITALISED.test(before.typed) : token.text === 'committee' || hasDeterminer);
  if (NAMED_BODIES.has(token.text) && (isWordBefore ? !hasModifier : token.text === 'group')) return null;
  if (!hasDeterminer && !hasModifier && token.text !== 'committee') return null;
  return [hasModifier ? i - 1 : i, i + 1];
}

/** Every target in the draft, in text order. */
function targetAt(draft: Draft, i: number, covered: ReadonlySet<number>, hasAntecedent: boolean, extraStarts: ReadonlyMap<number, number>): Target | null {
  const { tokens } = draft;
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const before = charBefore(draft, token);
  const extraEnd = extraStarts.get(i);
  if (extraEnd !== undefined) return make(draft, 'people', i, extraEnd);
  if (COUNCILLOR_TITLES.has(token.text) && next && WORD.test(next.typed) && !NOT_A_NAME.has(next.text) && !covered.has(i + 1)) return make(draft, 'councillor', i, i + 2);
  if (before === '@' && !WORD_CHAR.test(draft.text.charAt(token.start - 2))) return make(draft, 'handle', i, i + 1);
  if (before !== '#' && CAMEL_CASE.test(token.typed)) return make(draft, 'organisation', i, i + 1);
  const orgStart = organisationAt(draft, i);
  if (orgStart !== null) return make(draft, 'organisation', orgStart, i + 1);
  if (POSSESSIVES.has(token.text)) {
    // "our councillor", "our so-called independent councillor": one person, picked out by the ward.
    for (let at = i + 1; at <= i + 4 && tokens[at]?.sentence === token.sentence; at++) {
      if (tokens[at]?.text === 'councillor') return make(draft, 'referent', i, at + 1);
      if (!WORD.test(tokens[at]?.typed ?? '') || PUNCTUATION.test(draft.text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start))) break;
    }
  }
  if (DEMONSTRATIVES.has(token.text) && next && REFERENT_NOUNS.has(next.text)) {
    if (next.text === 'lot') {
      const isLotOfThem = tokens[i + 2]?.text === 'of' && PLURAL.has(tokens[i + 3]?.text ?? '');
      return isLotOfThem ? make(draft, 'plural', i, i + 4) : null;
    }
    if (token.text !== 'the' || next.text === 'councillor') return make(draft, 'referent', i, i + 2, next.text === 'officer');
  }
  if (OFFICES.has(token.text) && OFFICE_DETERMINERS.has(tokens[i - 1]?.text ?? '') && ACRONYM.test(token.typed)) return make(draft, 'role', i, i + 1);
  const body = bodyAt(draft, i, covered);
  if (body) return make(draft, 'body', body[0], body[1]);
  if (SINGULAR.has(token.text)) return make(draft, 'pronoun', i, i + 1);
  if (PLURAL.has(token.text)) return hasAntecedent ? make(draft, 'plural', i, i + 1) : null;
  if (YOU.has(token.text)) return make(draft, 'you', i, next?.text === 'lot' || next?.text === 'people' ? i + 2 : i + 1);
  if (PEOPLE.has(token.text)) return make(draft, 'people', i, i + 1, token.text === 'staff');
  if (SELF.has(token.text)) return make(draft, 'self', i, i + 1);
  return null;
}

/**
 * Every target in the draft, in text order. `extraPeople` are spans the caller knows to be
 * people (a check's list of groups, "travellers"): they become `people` targets and let a
 * later "they" point back at them.
 */
export function findTargets(draft: Draft, extraPeople: ReadonlyArray<{ firstToken: number; endToken: number }> = []): Target[] {
  const { tokens } = draft;
  const found: Target[] = findPeople(draft).map((person) => {
    const isStaff = person.kind === 'role' ? STAFF_ROLE.test(person.name.toLowerCase()) : (person.kind === 'full-name' || person.kind === 'titled') && isPlacedInDepartment(draft, person.endToken);
    return { kind: person.kind, firstToken: person.firstToken, endToken: person.endToken, start: person.start, end: person.end, sentence: (tokens[person.firstToken] as Token).sentence, isStaff };
  });
  const covered = new Set<number>();
  for (const target of found) for (let i = target.firstToken; i < target.endToken; i++) covered.add(i);
  let hasAntecedent = false;
  const extraStarts = new Map(extraPeople.map((span) => [span.firstToken, span.endToken]));
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) {
      hasAntecedent = true;
      continue;
    }
    const target = targetAt(draft, i, covered, hasAntecedent, extraStarts);
    if (!target) continue;
    found.push(target);
    i = target.endToken - 1;
    if (target.kind !== 'self') hasAntecedent = true;
  }
  return found.sort((a, b) => a.firstToken - b.firstToken);
}

/** The target nearest before a token in the same sentence, at most `gap` tokens away. */
export function targetBefore(targets: readonly Target[], draft: Draft, tokenIndex: number, gap: number): Target | undefined {
  const sentence = draft.tokens[tokenIndex]?.sentence;
  let best: Target | undefined;
  for (const target of targets) {
    if (target.endToken > tokenIndex || target.sentence !== sentence || tokenIndex - target.endToken > gap) continue;
    if (!best || target.endToken > best.endToken) best = target;
  }
  return best;
}

/** The target nearest after a token in the same sentence, at most `gap` tokens away. */
export function targetAfter(targets: readonly Target[], draft: Draft, tokenIndex: number, gap: number): Target | undefined {
  const sentence = draft.tokens[tokenIndex]?.sentence;
  return targets.find((target) => target.firstToken >= tokenIndex && target.sentence === sentence && target.firstToken - tokenIndex <= gap);
}

interface TokenRange {
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

/** Prepositions that put an allegation on someone named just after it: "corruption at FitCo", "bribes involving Cllr Green". */
const AGAINST = new Set(['by', 'of', 'at', 'in', 'involving', 'within', 'inside', 'among', 'against', 'from']);
const ELABORATION = /[:–—]|\s-\s/;
const YOU_VERBS = new Set(['are', 'r', 'were', 'was', 'is', 'have', 'had', 'just', 'always', 'still', 'lied', 'cheated', 'took', 'stole']);
/** Words that may stand between an allegation and where it happened: "brown envelopes all round at planning committee", "jobs for the boys as usual at County Hall". */
const SETTING = new Set(['all', 'round', 'around', 'as', 'usual', 'again', 'galore', 'everywhere', 'going', 'flying', 'changing', 'hands', 'handed', 'out', 'on', 'offer', 'once', 'more', 'still', 'rife', 'here', 'there']);
/** "This is fraud", "that was corruption": an act named as a crime, whoever did it. */
const ACT_WORDS = new Set(['this', 'that', 'it', 'which', 'what']);
const ACT_VERBS = new Set(['is', 'was', 'are', 'were', 'looks', 'smells', 'sounds', 'amounts', 'like']);
const CLAUSE = /[.;:!?()]/;
const accusable = (t: Target): boolean => isIdentifiable(t) && t.kind !== 'you' && t.kind !== 'self' && t.kind !== 'people';

/** "You liar", "you're lying", "you have fiddled…": not "did you know fraud costs…". */
function isSaidToReader(draft: Draft, you: Target, hit: TokenRange): boolean {
  return you.endToken === hit.firstToken || (hit.firstToken - you.endToken <= 3 && YOU_VERBS.has(draft.tokens[you.endToken]?.text ?? ''));
}

/** "rigged from the start by the cabinet": the one named after "by" a few words on, in the same clause. */
function passiveAgent(draft: Draft, hit: TokenRange, candidates: readonly Target[]): Target | undefined {
  for (let at = hit.endToken; at < hit.endToken + 6; at++) {
    const token = draft.tokens[at];
    if (!token || CLAUSE.test(draft.text.slice((draft.tokens[at - 1] as Token).end, token.start))) return undefined;
    if (token.text === 'by') return targetAfter(candidates, draft, at + 1, 2);
  }
  return undefined;
}

/**
 * Who an allegation is made against: the subject before it; someone named just after it
 * ("fraud at FitCo") or after "by" ("rigged by the cabinet"); whoever did an act called a crime
 * ("This is fraud, and the leader signed it off"); in a sentence that names nobody, the last
 * person named before; or, when `pointers` ("we all know who") are near, someone unnamed but identifiable.
 */
export function accusedOf(draft: Draft, hit: TokenRange, targets: readonly Target[], pointers: readonly TokenRange[] = []): Target | null {
  const candidates = targets.filter((t) => t.kind !== 'people');
  const before = targetBefore(candidates, draft, hit.firstToken, 8);
  if (before?.kind === 'you') return isSaidToReader(draft, before, hit) ? before : null;
  if (before) return isIdentifiable(before) ? before : null;
  const sentence = (draft.tokens[hit.firstToken] as Token).sentence;
  const others = candidates.filter((t) => t.kind !== 'you' && t.kind !== 'self');
  if (ACT_VERBS.has(draft.tokens[hit.firstToken - 1]?.text ?? '') && ACT_WORDS.has(draft.tokens[hit.firstToken - 2]?.text ?? '')) {
    const doer = targets.find((t) => accusable(t) && Math.abs(t.sentence - sentence) <= 1);
    if (doer) return doer;
  }
  let at = hit.endToken;
  while (at < hit.endToken + 3 && SETTING.has(draft.tokens[at]?.text ?? '') && !ELABORATION.test(draft.text.slice(draft.tokens[at - 1]?.end ?? 0, draft.tokens[at]?.start ?? 0))) at++;
  if (at > hit.endToken && !AGAINST.has(draft.tokens[at]?.text ?? '')) at = hit.endToken;
  const next = draft.tokens[at];
  const isLabel = at === hit.endToken && !!next && ELABORATION.test(draft.text.slice(hit.end, next.start)); // "Jobs for the boys: the leader's son-in-law…"
  const after = next && (isLabel || AGAINST.has(next.text)) ? targetAfter(others, draft, at + (isLabel ? 0 : 1), isLabel ? 8 : 3) : undefined;
  if (after) return after;
  const agent = passiveAgent(draft, hit, others);
  if (agent) return agent;
  if (candidates.some((t) => t.sentence === sentence && t.kind !== 'self')) return null;
  const earlier = candidates.filter((t) => t.sentence === sentence - 1 && isIdentifiable(t) && t.kind !== 'you');
  if (earlier.length > 0) return earlier[earlier.length - 1] as Target;
  const pointer = pointers.find((p) => { const s = (draft.tokens[p.firstToken] as Token).sentence; return s === sentence || s === sentence + 1; });
  return pointer ? make(draft, 'referent', pointer.firstToken, pointer.endToken) : null;
}
