import type { Draft } from '../checks/types.js';
import { findPeople, type PersonKind } from './people.js';
import type { Span, Token } from './prepare-draft.js';

/**
 * Who a passage is about. Starts from findPeople and adds what it leaves out: councillors
 * typed in capitals or lower case ("CLLR BROWN", "cllr brown"), @handles, companies ("FitCo",
 * "Acme Homes Ltd"), pronouns that point at someone ("he", "they" after a name), "this man",
 * the reader ("you"), ordinary people in general ("residents", "drivers") and the writer ("I").
 */

export type TargetKind = PersonKind | 'handle' | 'organisation' | 'referent' | 'pronoun' | 'plural' | 'you' | 'people' | 'self';

export interface Target extends Span {
  readonly kind: TargetKind;
  readonly firstToken: number;
  readonly endToken: number;
  readonly sentence: number;
  /** Council staff: officers, or a named person placed in a department ("Sarah Jones in planning"). */
  readonly isStaff: boolean;
}

const IDENTIFIABLE = new Set<TargetKind>(['titled', 'councillor', 'full-name', 'family', 'role', 'handle', 'organisation', 'referent', 'pronoun', 'plural', 'you']);
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
const SELF = new Set(['i', 'me', 'my', 'myself', 'mine']);
const PEOPLE = new Set([
  'people', 'residents', 'voters', 'drivers', 'motorists', 'cyclists', 'parents', 'tenants', 'neighbours', 'locals', 'folk', 'folks', 'kids', 'youths', 'teenagers',
  'councillors', 'members', 'staff', 'workers', 'protesters', 'campaigners', 'objectors', 'taxpayers', 'pensioners', 'men', 'women', 'blokes', 'guys', 'ladies', 'individuals',
  'councillor', 'commenters', 'trolls', 'critics', 'opponents', 'supporters', 'activists', 'lads',
]);
const REFERENT_NOUNS = new Set(['man', 'woman', 'bloke', 'guy', 'fella', 'fellow', 'lady', 'gentleman', 'individual', 'person', 'character', 'councillor', 'officer', 'lot']);
const DEMONSTRATIVES = new Set(['this', 'that', 'the']);
const COUNCILLOR_TITLES = new Set(['cllr', 'councillor', 'coun', 'cllor', 'clr']);
const NOT_A_NAME = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'and', 'or', 'the', 'a', 'an', 'for', 'of', 'to', 'in', 'on', 'at', 'said', 'says', 'who', 'will', 'would', 'should', 'can', 'could', 'did', 'does', 'not', 'surgery', 'surgeries']);
const ORG_SUFFIXES = new Set(['ltd', 'limited', 'plc', 'llp', 'co', 'homes', 'developments', 'construction', 'builders', 'group', 'properties', 'estates', 'contractors', 'holdings', 'partners', 'partnership', 'associates', 'consultants', 'consulting', 'solutions', 'corp', 'inc']);
const DEPARTMENTS = new Set(['planning', 'highways', 'housing', 'finance', 'legal', 'licensing', 'environmental', 'waste', 'parking', 'building', 'transport', 'council', 'customer', 'democratic', 'revenues', 'benefits', 'education', 'hr', 'payroll', 'property', 'estates', 'regeneration', 'streetscene', 'parks', 'leisure', 'social', 'children', "children's", 'adult', 'it', 'comms', 'communications', 'enforcement', 'trading', 'the']);
const STAFF_ROLE = /officer|exec|ceo|clerk|director|head of|manager|monitoring|staff/;
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;
const WORD = /^\p{L}[\p{L}'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
const WORD_CHAR = /\w/;

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
  if (DEMONSTRATIVES.has(token.text) && next && REFERENT_NOUNS.has(next.text)) {
    if (next.text === 'lot') {
      const isLotOfThem = tokens[i + 2]?.text === 'of' && PLURAL.has(tokens[i + 3]?.text ?? '');
      return isLotOfThem ? make(draft, 'plural', i, i + 4) : null;
    }
    if (token.text !== 'the' || next.text === 'councillor') return make(draft, 'referent', i, i + 2, next.text === 'officer');
  }
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
