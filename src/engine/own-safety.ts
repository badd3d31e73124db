import type { Draft } from '../checks/types.js';
import { findDates, findPostcodes, findStreetAddresses, findStreetNames } from './identifiers.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { Span } from './prepare-draft.js';
import { cover, tokenAt } from './text-helpers.js';

/**
 * Finds what could put the writer at risk: an empty home, dates away, a live location, their
 * own address, or a routine that says when they are alone. Reads the `safety/…` word lists.
 * Announcing a surgery or a public event is the point of the post and is never reported.
 */

export interface SafetyRisk extends Span {
  readonly kind: 'emptyHome' | 'awayFromHome' | 'liveLocation' | 'ownAddress' | 'aloneAtHome' | 'routine';
}

type Hits = ReadonlyArray<PhraseHit<unknown>>;

const OWN_DETERMINERS = new Set(['my', 'our']);
const OPENING_PREPOSITIONS = new Set(['in', 'at']);
const NOT_PLACES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'i', 'my', 'our']);

class Sentences {
  constructor(private readonly draft: Draft) {}

  hits(list: string, sentence: number): Hits {
    return this.draft.hits(`safety/${list}`).filter((hit) => this.sentenceOf(hit) === sentence);
  }

  has(list: string, sentence: number): boolean {
    return this.hits(list, sentence).length > 0;
  }

  sentenceOf(hit: { firstToken: number }): number {
    return this.draft.tokens[hit.firstToken]?.sentence ?? 0;
  }

  /** "Off to Spain …": the hit opens its sentence, so its subject is the writer. */
  opens(hit: { firstToken: number }): boolean {
    const sentence = this.draft.sentences[this.sentenceOf(hit)];
    return !!sentence && hit.firstToken - sentence.firstToken <= 1;
  }
}

const PLACE_PREPOSITIONS = new Set(['to', 'in', 'at', 'for', '2']);

/**
 * "Off to Spain", "I'm in the Lakes": a travel phrase ending in "to" or "in" needs a place after it,
 * written with a capital ("I'm going to keep pushing" and "I'm in the chamber" are not trips).
 * In a post typed all in lower case there are no capitals to go by, so any word will do.
 */
function leadsToPlace(draft: Draft, hit: PhraseHit<unknown>): boolean {
  if (!PLACE_PREPOSITIONS.has(draft.tokens[hit.endToken - 1]?.text ?? '')) return true;
  const sentence = draft.sentences[draft.tokens[hit.firstToken]?.sentence ?? 0];
  const words = sentence ? draft.tokens.slice(sentence.firstToken, sentence.endToken) : [];
  if (!words.some((token) => token.isCapitalised)) return true;
  const next = draft.tokens[hit.endToken];
  const place = next?.text === 'the' ? draft.tokens[hit.endToken + 1] : next;
  return !!place && place.isCapitalised && place.sentence === draft.tokens[hit.firstToken]?.sentence;
}

/** Words after a trip that opens its sentence and so make it the writer's: "Flight's at 6am", "Fortnight in Crete" (not "Holiday lets"). */
const TRIP_FOLLOWERS = new Set(["'s", 'is', 'to', 'at', 'from', 'booked', 'leaves', 'departs', 'starts', 'begins', 'tomorrow', 'tonight', 'on', 'next', 'this']);

function opensTrip(draft: Draft, at: Sentences, hit: PhraseHit<unknown>): boolean {
  if (!at.opens(hit)) return false;
  if (PLACE_PREPOSITIONS.has(draft.tokens[hit.endToken - 1]?.text ?? '')) return leadsToPlace(draft, hit);
  const next = draft.tokens[hit.endToken];
  // "Fortnight in the sun!" ends its sentence; "Holiday lets are…" goes on with a noun.
  return !next || next.sentence !== draft.tokens[hit.firstToken]?.sentence || TRIP_FOLLOWERS.has(next.text);
}

function awayRisks(draft: Draft, at: Sentences): SafetyRisk[] {
  const risks: SafetyRisk[] = [];
  const inPast = (sentence: number): boolean => at.has('back-home', sentence);
  const isAbout = (hit: PhraseHit<unknown>): boolean => at.opens(hit) || at.has('first-person', at.sentenceOf(hit));
  const dated = findDates(draft.text).map((date) => at.sentenceOf({ firstToken: tokenAt(draft, date.start) }));
  const hasTime = (sentence: number): boolean => at.has('away-duration', sentence) || at.has('away-when', sentence) || dated.includes(sentence);
  const absences = [
    ...draft.hits('safety/away-now').filter((hit) => isAbout(hit) && !at.has('public-event', at.sentenceOf(hit))),
    ...draft.hits('safety/going-away').filter((hit) => isAbout(hit) && hasTime(at.sentenceOf(hit))),
    ...draft.hits('safety/travelling').filter((hit) => isAbout(hit) && at.has('away-duration', at.sentenceOf(hit)) && leadsToPlace(draft, hit)),
    // "Flight's at 6am tomorrow", "Fortnight in Crete from Saturday!": a trip that opens its sentence is the writer's.
    ...draft.hits('safety/trip').filter((hit) => (opensTrip(draft, at, hit) || at.has('first-person', at.sentenceOf(hit))) && hasTime(at.sentenceOf(hit))),
  ].filter((hit) => !inPast(at.sentenceOf(hit)));
  const seen: number[] = [];
  for (const hit of absences) {
    const sentence = at.sentenceOf(hit);
    if (seen.includes(sentence)) continue;
    seen.push(sentence);
    const when = [...at.hits('away-duration', sentence), ...at.hits('away-when', sentence)];
    risks.push({ ...cover(hit, ...when), kind: 'awayFromHome' });
  }
  for (const hit of draft.hits('safety/empty-home')) {
    const sentence = at.sentenceOf(hit);
    const before = draft.tokens[hit.firstToken - 1];
    const isOwn = OWN_DETERMINERS.has(before?.text ?? '') || (before?.text === 'the' && at.opens({ firstToken: hit.firstToken - 1 })) || at.has('first-person', sentence);
    if (inPast(sentence) || !(isOwn || absences.length > 0)) continue;
    risks.push({ start: hit.start, end: hit.end, kind: 'emptyHome' });
  }
  return risks;
}

/** "In the Crown right now…", "At Costa till 4": a sentence that opens on a named place, with the writer left unsaid. */
function sentenceOpeningPlaces(draft: Draft): Array<PhraseHit<unknown>> {
  const found: Array<PhraseHit<unknown>> = [];
  for (const sentence of draft.sentences) {
    const first = draft.tokens[sentence.firstToken];
    const place = draft.tokens[sentence.firstToken + (draft.tokens[sentence.firstToken + 1]?.text === 'the' ? 2 : 1)];
    if (!first || !OPENING_PREPOSITIONS.has(first.text) || !place?.isCapitalised || NOT_PLACES.has(place.text) || place.sentence !== sentence.index) continue;
    found.push({ tag: null, phrase: first.text, firstToken: first.index, endToken: first.index + 1, start: first.start, end: first.end });
  }
  return found;
}

function liveLocationRisks(draft: Draft, at: Sentences): SafetyRisk[] {
  const risks: SafetyRisk[] = [];
  const invited = draft.hits('safety/come-find-me').length > 0;
  for (const hit of [...draft.hits('safety/live-location'), ...sentenceOpeningPlaces(draft)]) {
    const sentence = at.sentenceOf(hit);
    const next = draft.tokens[hit.endToken];
    // "I'm at the Red Lion", "sat in Tesco": a place follows; "I'm at a loss" is not one.
    const isPlace = !!next && (next.text === 'the' || next.isCapitalised);
    // "I'm in the office on Mondays": a timetable, not where the writer is now.
    if (!isPlace || at.has('public-event', sentence) || at.has('timetable', sentence) || !(invited || at.has('right-now', sentence))) continue;
    risks.push({ ...cover(hit, ...at.hits('right-now', sentence).filter((cue) => cue.start > hit.end)), kind: 'liveLocation' });
  }
  return risks;
}

function homeRisks(draft: Draft, at: Sentences): SafetyRisk[] {
  const risks: SafetyRisk[] = [];
  const places = [...findStreetAddresses(draft.text), ...findPostcodes(draft.text), ...findStreetNames(draft.text)];
  for (const hit of draft.hits('safety/own-home')) {
    const place = places.find((span) => span.start >= hit.end && tokenAt(draft, span.start) - hit.endToken <= 6 && at.sentenceOf({ firstToken: tokenAt(draft, span.start) }) === at.sentenceOf(hit));
    if (place) risks.push({ start: place.start, end: place.end, kind: 'ownAddress' });
  }
  for (const hit of draft.hits('safety/alone')) {
    if (!at.has('back-home', at.sentenceOf(hit))) risks.push({ start: hit.start, end: hit.end, kind: 'aloneAtHome' });
  }
  for (const hit of draft.hits('safety/routine')) {
    const sentence = at.sentenceOf(hit);
    if (at.has('first-person', sentence) && at.has('routine-activity', sentence) && !at.has('public-event', sentence)) risks.push({ start: hit.start, end: hit.end, kind: 'routine' });
  }
  return risks;
}

/** One risk per stretch of text: "Home alone tonight" is one, not "home alone" and "alone tonight". */
function merge(risks: readonly SafetyRisk[]): SafetyRisk[] {
  const merged: SafetyRisk[] = [];
  for (const risk of [...risks].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && last.kind === risk.kind && risk.start <= last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, risk.end) };
    else merged.push(risk);
  }
  return merged;
}

export function findOwnSafetyRisks(draft: Draft): SafetyRisk[] {
  const at = new Sentences(draft);
  return merge([...awayRisks(draft, at), ...liveLocationRisks(draft, at), ...homeRisks(draft, at)]);
}
