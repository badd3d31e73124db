import type { Draft } from '../checks/types.js';
import type { Span, Token } from './prepare-draft.js';

/**
 * Finds references to people in a draft: named people ("Mrs Jean Atkins", "Sarah Jones"),
 * councillors ("Cllr Brown"), families ("the Hendersons") and roles that identify one person
 * or a small group ("the chief executive", "officers in planning").
 */

export type PersonKind = 'titled' | 'councillor' | 'full-name' | 'family' | 'role';

export interface PersonRef extends Span {
  readonly kind: PersonKind;
  /** The words as typed. */
  readonly name: string;
  readonly firstToken: number;
  readonly endToken: number;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lady', 'lord', 'prof', 'professor', 'rev', 'revd', 'reverend']);
const COUNCILLOR_TITLES = new Set(['cllr', 'councillor', 'coun', 'cr', 'mayor', 'alderman']);

/** Capitalised words that are not names: places, bodies, days, months and the like. */
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'their', 'theirs', 'his', 'her', 'hers', 'him', 'them', 'and', 'or', 'but', 'on', 'in', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'my', 'our', 'your', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'if', 'so', 'as', 'no', 'yes', 'not', 'all', 'well', 'thanks', 'thank', 'great', 'happy', 'good', 'just', 'please', 'today', 'tonight', 'tomorrow', 'yesterday', 'here', 'there', 'what', 'why', 'how', 'when', 'who', 'where',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'open', 'closed', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
  'council', 'county', 'city', 'district', 'borough', 'parish', 'town', 'village', 'committee', 'cabinet', 'planning', 'licensing', 'highways', 'street', 'road', 'lane', 'close', 'avenue', 'drive', 'way', 'crescent', 'court', 'place', 'gardens', 'grove', 'terrace', 'walk', 'row', 'mews', 'hill', 'square', 'park', 'green', 'common', 'centre', 'center', 'hall', 'library', 'school', 'primary', 'academy', 'college', 'university', 'church', 'station', 'hospital', 'surgery', 'house', 'estate', 'bridge', 'market', 'river', 'united', 'city', 'fc', 'ltd', 'limited', 'plc', 'group', 'party', 'labour', 'conservative', 'conservatives', 'tory', 'tories', 'lib', 'dem', 'dems', 'liberal', 'democrats', 'reform', 'independent', 'snp', 'plaid', 'nhs', 'uk', 'england', 'wales', 'scotland', 'britain', 'british', 'government', 'minister', 'mp', 'mps', 'police', 'fire', 'service', 'services', 'department', 'team', 'trust', 'board', 'authority', 'office', 'north', 'south', 'east', 'west', 'new', 'old', 'upper', 'lower', 'great', 'little', 'saint', 'st', 'news', 'day', 'week', 'year', 'facebook', 'twitter', 'instagram', 'linkedin', 'whatsapp', 'x', 'pride', 'ward', 'division', 'former', 'late',
  'farm', 'fields', 'meadow', 'meadows', 'orchard', 'quarry', 'wharf', 'quay', 'paddock', 'marshes',
]);

const ROLE_PHRASES: readonly string[][] = [
  ['chief', 'executive'], ['chief', 'exec'], ['ceo'], ['leader'], ['council', 'leader'], ['deputy', 'leader'], ['mayor'], ['chair'], ['chairman'], ['chairwoman'], ['vice', 'chair'], ['monitoring', 'officer'], ['head', 'of'], ['director'], ['cabinet', 'member'], ['portfolio', 'holder'], ['leader', 'of', 'the', 'council'], ['clerk'], ['town', 'clerk'], ['finance', 'director'], ['s151', 'officer'], ['planning', 'officer'], ['case', 'officer'], ['officer'], ['officers'], ['developer'], ['developers'], ['landlord'], ['contractor'], ['manager'], ['headteacher'], ['head', 'teacher'], ['governors'], ['opposition', 'leader'], ['leader', "'s"],
];

/** Role phrases grouped by their first word, so each token is compared with only the phrases it can start. */
const ROLES_BY_FIRST_WORD = new Map<string, Array<readonly string[]>>();
for (const phrase of ROLE_PHRASES) {
  const first = phrase[0] as string;
  ROLES_BY_FIRST_WORD.set(first, [...(ROLES_BY_FIRST_WORD.get(first) ?? []), phrase]);
}

const NO_ROLES: Array<readonly string[]> = [];
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;

function isNameToken(token: Token | undefined): token is Token {
  return !!token && token.isCapitalised && token.text !== "'s" && NAME_WORD.test(token.typed) && !NOT_NAMES.has(token.text) && !TITLES.has(token.text) && !COUNCILLOR_TITLES.has(token.text) && token.text.length >= 2;
}

/** Words that never follow a title as a surname ("Councillor Surgery", "Mr and Mrs"). */
const NOT_SURNAMES = new Set(['i', 'the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'surgery', 'surgeries', 'office', 'update', 'updates', 'news', 'team', 'day', 'week', 'ward', 'division', 'council', 'committee', 'election', 'elections', 'candidate']);

function isSurnameAfterTitle(token: Token): boolean {
  return token.isCapitalised && NAME_WORD.test(token.typed) && !NOT_SURNAMES.has(token.text) && !TITLES.has(token.text) && !COUNCILLOR_TITLES.has(token.text);
}

/** Whether the token is an initial such as "D" in "Mr D. Okafor". */
function isInitial(draft: Draft, token: Token | undefined): boolean {
  return !!token && /^\p{Lu}$/u.test(token.typed) && /^\.?\s/.test(draft.text.slice(token.end, token.end + 2));
}

/** Whether two tokens sit side by side in a name: a space or a hyphen between, not an emoji or a line break ("Cllr Nash 🐍 Says…"). */
const NAME_GAP = /^(?:[ \u00A0]{1,2}|-)$/u;

function isNextInName(draft: Draft, at: number): boolean {
  const before = draft.tokens[at - 1];
  const token = draft.tokens[at];
  return !before || !token || NAME_GAP.test(draft.text.slice(before.end, token.start));
}

function nameRun(draft: Draft, from: number): number {
  let at = from;
  while (isInitial(draft, draft.tokens[at])) at++;
  const first = at;
  while (isNameToken(draft.tokens[at]) && at - from < 4 && (at === first || isNextInName(draft, at))) at++;
  return at;
}

function ref(draft: Draft, kind: PersonKind, firstToken: number, endToken: number): PersonRef {
  const start = (draft.tokens[firstToken] as Token).start;
  const end = (draft.tokens[endToken - 1] as Token).end;
  return { kind, start, end, firstToken, endToken, name: draft.text.slice(start, end) };
}

export function findPeople(draft: Draft): PersonRef[] {
  const found: PersonRef[] = [];
  const { tokens } = draft;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "Mrs Jean Atkins", "Mr D. Okafor", "Cllr Brown"
    if (TITLES.has(token.text) || COUNCILLOR_TITLES.has(token.text)) {
      // After a title a place-like word is a surname: "Mrs Green", "Cllr Hill".
      const surname = tokens[i + 1];
      const end = surname && isSurnameAfterTitle(surname) && !(isNameToken(tokens[i + 2]) && isNextInName(draft, i + 2)) ? i + 2 : nameRun(draft, i + 1);
      const hasName = end > i + 1 && (isNameToken(tokens[end - 1]) || (end === i + 2 && isSurnameAfterTitle(tokens[i + 1] as Token)));
      if (hasName) {
        found.push(ref(draft, COUNCILLOR_TITLES.has(token.text) ? 'councillor' : 'titled', i, end));
        i = end - 1;
        continue;
      }
    }
    // "the Hendersons", "the Smith family"
    if (token.text === 'the' && isNameToken(tokens[i + 1])) {
      const next = tokens[i + 1] as Token;
      const after = tokens[i + 2];
      const afterInSentence = after && after.sentence === next.sentence ? after : undefined;
      if (/s$/.test(next.text) && !/ss$/.test(next.text) && afterInSentence?.text !== "'s" && !isNameToken(afterInSentence)) {
        found.push(ref(draft, 'family', i, i + 2));
        i += 1;
        continue;
      }
      if (tokens[i + 2]?.text === 'family') {
        found.push(ref(draft, 'family', i, i + 3));
        i += 2;
        continue;
      }
    }
    // "Sarah Jones": two or more capitalised words that are not places or bodies ("the Red Lion" is a place).
    if (tokens[i - 1]?.text !== 'the' && isNameToken(token) && isNameToken(tokens[i + 1]) && tokens[i + 1]?.sentence === token.sentence && !/[,.;:]/.test(draft.text.slice(token.end, tokens[i + 1]?.start))) {
      const end = nameRun(draft, i);
      const after = tokens[end];
      const isPlace = after && NOT_NAMES.has(after.text) && /^\p{Lu}/u.test(after.typed);
      if (!isPlace) {
        found.push(ref(draft, 'full-name', i, end));
        i = end - 1;
        continue;
      }
    }
    for (const phrase of ROLES_BY_FIRST_WORD.get(token.text) ?? NO_ROLES) {
      if (phrase.every((word, k) => tokens[i + k]?.text === word)) {
        found.push(ref(draft, 'role', i, i + phrase.length));
        break;
      }
    }
  }
  return found;
}
