import type { Draft } from '../checks/types.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { Span, Token } from './prepare-draft.js';
import { findAll } from './text-helpers.js';

/**
 * Political language in a draft: party names (with the ordinary words that share their
 * spelling told apart: "Jesus Green", "Cllr Green", "labour market", "Conservative estimate",
 * "reform of the system"), requests for votes ("Vote Green", "#VoteSmith", "vote for the Lib
 * Dems"), digital imprints ("Promoted by … at …") and council accounts tagged with "@".
 */

export interface TokenSpan extends Span {
  readonly firstToken: number;
  readonly endToken: number;
}

export interface PartyMention extends TokenSpan {
  /** The party as typed. */
  readonly name: string;
}

type Hits = ReadonlyArray<PhraseHit<unknown>>;

export interface PartyLists {
  /** Names that always mean a party ("Lib Dems", "Tories", "Green Party"). */
  readonly parties: Hits;
  /** Names that are also ordinary words ("Labour", "Green", "Reform"). */
  readonly ambiguous: Hits;
  /** Words after an ambiguous name that make it an ordinary word ("market", "spaces"). */
  readonly notPartyAfter: Hits;
}

/** Words before a capitalised ambiguous name that leave it a party ("Vote Green", "The Greens"). */
const PARTY_LEADS = new Set(['vote', 'voting', 'votes', 'back', 'backing', 'support', 'supporting', 'elect', 'choose', 'only', 'the', 'a', 'join', 'joined', 'why', 'under', 'and', 'or', 'not', 'against', 'for', 'with', 'from', 'by', 'than', 'new', 'local', 'our', 'your', 'their', 'my', 'former', 'both']);
const TITLES = new Set(['cllr', 'councillor', 'coun', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'village', 'town']);
/** After a name at the start of a sentence, words that show a party is meant ("Labour have…", "Reform UK…"). */
const PARTY_CONTEXT_AFTER = new Set(['group', 'groups', 'councillor', 'councillors', 'cllr', 'cllrs', 'candidate', 'candidates', 'party', 'government', 'mp', 'mps', 'have', 'has', 'had', 'will', 'would', 'are', 'were', 'can', 'could', 'voted', 'run', 'led', 'controlled', 'administration', 'leader', 'leadership', 'team', 'members', 'member', 'activists', 'colleagues', 'campaign', 'campaigners', 'cuts', 'won', 'lost', 'win', "'s", 'uk', 'manifesto', 'policy', 'policies', 'gain', 'gains', 'surge', 'vote', 'voters', 'supporters', 'say', 'says', 'promised', 'promise', 'want', 'wants', 'need', 'do', 'did', 'always', 'never', 'just', 'still', 'again', 'first', 'and', 'or']);
const VOTE_VERBS = new Set(['vote', 'votes', 'voting']);
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'our', 'my']);
/** Words before "back", "support" or "elect" that make it a request or a pledge ("please back", "I am backing"), not "welcome back". */
const PLEDGE_LEADS = new Set(['please', 'i', 'we', 'am', 'are', 'will', 'to', 'and', 'must', 'should', 'would', 'do', 'now', 'you', 'proudly', 'fully']);
const PLURAL = /s$/;
const STARTS_WITH_DIGIT = /^\d/;

function startsAt(hits: Hits, index: number): boolean {
  return hits.some((hit) => hit.firstToken === index);
}

function isSentenceStart(draft: Draft, index: number): boolean {
  const token = draft.tokens[index] as Token;
  return draft.sentences[token.sentence]?.firstToken === index;
}

function isAmbiguousParty(draft: Draft, hit: PhraseHit<unknown>, lists: PartyLists): boolean {
  const token = draft.tokens[hit.firstToken] as Token;
  const before = draft.tokens[hit.firstToken - 1];
  const sameSentence = before !== undefined && before.sentence === token.sentence;
  const afterVote = sameSentence && VOTE_VERBS.has(before.text);
  if (afterVote) return !startsAt(lists.notPartyAfter, hit.endToken);
  if (draft.text[token.start - 1] === '#') return true;
  if (!token.isCapitalised) return false;
  if (startsAt(lists.notPartyAfter, hit.endToken)) return false;
  if (sameSentence && TITLES.has(before.text)) return false;
  // "Jesus Green", "Midsummer Common Green": a capitalised word before names a place or a person.
  if (sameSentence && before.isCapitalised && !PARTY_LEADS.has(before.text)) return false;
  if (isSentenceStart(draft, hit.firstToken) || token.isUpperCase) {
    const after = draft.tokens[hit.endToken];
    // "Greens" and "Conservatives" in the plural are parties; a singular at the start needs support.
    if (PLURAL.test(token.text)) return true;
    return after !== undefined && after.sentence === token.sentence && PARTY_CONTEXT_AFTER.has(after.text);
  }
  return true;
}

/** Every mention of a political party, longest first where names overlap. */
export function findParties(draft: Draft, lists: PartyLists): PartyMention[] {
  const found: PartyMention[] = [];
  const covered: boolean[] = [];
  const take = (hit: PhraseHit<unknown>): void => {
    for (let i = hit.firstToken; i < hit.endToken; i++) if (covered[i]) return;
    for (let i = hit.firstToken; i < hit.endToken; i++) covered[i] = true;
    found.push({ firstToken: hit.firstToken, endToken: hit.endToken, start: hit.start, end: hit.end, name: draft.text.slice(hit.start, hit.end) });
  };
  const bySize = [...lists.parties].sort((a, b) => b.endToken - b.firstToken - (a.endToken - a.firstToken));
  for (const hit of bySize) take(hit);
  for (const hit of lists.ambiguous) if (isAmbiguousParty(draft, hit, lists)) take(hit);
  return found.sort((a, b) => a.start - b.start);
}

/** Mentions that are not part of a cross-party list ("Labour, Lib Dem and Green councillors"). */
export function partisanMentions(draft: Draft, parties: readonly PartyMention[]): PartyMention[] {
  const isListed = (index: number): boolean => {
    const party = parties[index] as PartyMention;
    return [parties[index - 1], parties[index + 1]].some((other) => {
      if (!other || draft.tokens[other.firstToken]?.sentence !== draft.tokens[party.firstToken]?.sentence) return false;
      const [first, second] = other.start < party.start ? [other, party] : [party, other];
      const between = draft.tokens.slice(first.endToken, second.firstToken).map((token) => token.text);
      return between.every((word) => word === 'and' || word === 'or' || word === 'the');
    });
  };
  return parties.filter((_, index) => !isListed(index));
}

export interface VoteLists {
  /** "vote", "back", "support" … */
  readonly voteWords: Hits;
  /** Capitalised words after "Vote" that are not candidates ("Vote Thursday", "Vote Now"). */
  readonly notAName: Hits;
  /** Words in a name that show it is not a candidate ("Arbury Community Garden"). */
  readonly notACandidate: Hits;
  /** Words that show the vote is in an award, a poll or on a motion, not an election. */
  readonly contests: Hits;
  /** Words after "#Vote" that are not candidates ("#VoteNow"). */
  readonly hashtagNotAName: readonly string[];
}

const NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Requests to vote for a party or a named person: "Vote Green", "vote for the Lib Dems",
 * "Vote Smith!", "#VoteLabour". Votes in awards, polls and council motions are left alone.
 */
export function findVoteRequests(draft: Draft, parties: readonly PartyMention[], lists: VoteLists): TokenSpan[] {
  const found: TokenSpan[] = [];
  const { tokens } = draft;
  const partyAt = (index: number): PartyMention | undefined => parties.find((party) => party.firstToken === index);
  const isContest = (sentence: number): boolean => lists.contests.some((hit) => tokens[hit.firstToken]?.sentence === sentence);
  const isThing = (from: number, to: number): boolean => lists.notACandidate.some((hit) => hit.firstToken >= from && hit.firstToken < to);
  for (const hit of lists.voteWords) {
    const verb = tokens[hit.firstToken] as Token;
    const before = tokens[hit.firstToken - 1];
    const isPledge = !before || before.sentence !== verb.sentence || PLEDGE_LEADS.has(before.text);
    if (!VOTE_VERBS.has(verb.text) && !isPledge) continue;
    let at = hit.endToken;
    if (tokens[at]?.text === 'for') at++;
    if (DETERMINERS.has(tokens[at]?.text ?? '')) at++;
    const next = tokens[at];
    if (!next || next.sentence !== verb.sentence) continue;
    const party = partyAt(at);
    if (party) {
      if (!startsAt(lists.contests, party.endToken) && !(tokens[party.endToken]?.text === "'s")) {
        found.push({ firstToken: hit.firstToken, endToken: party.endToken, start: verb.start, end: party.end });
      }
      continue;
    }
    // "Vote Smith!", "vote for Jane Smith on Thursday": only "vote" itself, with a name, outside awards.
    if (!VOTE_VERBS.has(verb.text) || !NAME.test(next.typed) || startsAt(lists.notAName, at) || isContest(verb.sentence)) continue;
    let end = at + 1;
    while (end < at + 4 && tokens[end]?.sentence === verb.sentence && NAME.test(tokens[end]?.typed ?? '') && !startsAt(lists.notAName, end)) end++;
    if (isThing(at, end)) continue;
    found.push({ firstToken: hit.firstToken, endToken: end, start: verb.start, end: (tokens[end - 1] as Token).end });
  }
  for (const token of tokens) {
    if (!token.text.startsWith('vote') || token.text.length < 6 || draft.text[token.start - 1] !== '#') continue;
    const rest = token.text.slice(4);
    if (lists.hashtagNotAName.includes(rest) || STARTS_WITH_DIGIT.test(rest)) continue;
    found.push({ firstToken: token.index, endToken: token.index + 1, start: token.start - 1, end: token.end });
  }
  return found;
}

export interface Imprint extends Span {
  readonly hasAddress: boolean;
}

const IMPRINT = /\b(?:promoted|published|printed|produced)\s+(?:and\s+(?:promoted|published|printed)\s+)?(?:by|on behalf of)\b|\bimprint\s*:/i;
const IMPRINT_ELSEWHERE = /\bimprint\b[^.\n]{0,30}\b(?:bio|profile|website|link)\b|\b(?:promoted by|imprint)\b[^.\n]{0,40}\b(?:see|in) (?:my |our )?(?:bio|profile)\b/i;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const STREET = /\b\d+[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Court|Place|Gardens|Grove|Terrace|Walk|Row|Mews|Hill|Square|Sq|Parade|Green|Park)\b/;
const PO_BOX = /\bP\.?\s?O\.?\s+Box\b|\bFreepost\b/i;

/** The digital imprint, if the draft carries one, and whether it gives a postal address. */
export function findImprint(text: string): Imprint | null {
  const elsewhere = IMPRINT_ELSEWHERE.exec(text);
  if (elsewhere) return { start: elsewhere.index, end: elsewhere.index + elsewhere[0].length, hasAddress: true };
  const match = IMPRINT.exec(text);
  if (!match) return null;
  const tail = text.slice(match.index, match.index + 300);
  const hasAddress = POSTCODE.test(tail) || STREET.test(tail) || PO_BOX.test(tail);
  const sentenceEnd = tail.search(/\n|$/);
  return { start: match.index, end: match.index + sentenceEnd, hasAddress };
}

const HANDLE = /(?<![\w.@])@([A-Za-z0-9_]{2,30})\b/g;
/** Handles that are plainly a council's own ("@CambsCouncil", "@ExampleCC", "@SouthCambsDC"). */
const COUNCIL_HANDLE = /council|(?:^|[a-z])(?:cc|cbc|mbc|dc|bc|gov)$/i;

/** The council's own accounts tagged in the draft: the pack's, and handles that plainly are a council's. */
export function findCouncilHandles(text: string, councilHandles: ReadonlySet<string>): Array<Span & { handle: string }> {
  const found: Array<Span & { handle: string }> = [];
  for (const tagged of findAll(text, HANDLE)) {
    const handle = tagged.match[1] as string;
    if (councilHandles.has(handle.toLowerCase()) || (handle.length >= 5 && COUNCIL_HANDLE.test(handle))) {
      found.push({ start: tagged.start, end: tagged.end, handle: tagged.match[0] });
    }
  }
  return found;
}

/** Whether any of the spans lies inside a span of the other list. */
export function isInsideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((outer) => outer.start <= span.start && span.end <= outer.end);
}
