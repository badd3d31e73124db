import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { Span } from './prepare-draft.js';

/**
 * Finds UK personal identifiers in the text as typed: phone numbers (with libphonenumber),
 * email addresses, postcodes, house-number-and-street addresses, National Insurance and NHS
 * numbers, dates and vehicle registrations. Only the format is judged here; whether a match
 * is someone's private detail depends on its context, which the checks decide.
 */

export type PhoneKind = 'mobile' | 'geographic' | 'non-geographic' | 'freephone' | 'premium';

export interface PhoneMatch extends Span {
  /** National digits with the trunk 0 ("07700900461"), as in `CompiledPack.publicPhones`. */
  readonly digits: string;
  readonly kind: PhoneKind;
}

/** Anything with fewer digits cannot be a UK number: skip the parser. */
const SEVEN_DIGITS = /(?:\d\D{0,3}){7}/;
/** "01.02.1975" is a date, not a number to dial. */
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
/** Written UK numbers start with the trunk 0 or an international prefix: "07700…", "+44…", "(01632)…". */
const DIALLED_START = /^(?:\+|00|\(?0)/;

function phoneKind(national: string): PhoneKind {
  if (national.startsWith('7')) return 'mobile';
  if (national.startsWith('80')) return 'freephone';
  if (/^(?:3|8[47])/.test(national)) return 'non-geographic';
  if (national.startsWith('9')) return 'premium';
  return 'geographic';
}

/** Where the digits of the number end inside a candidate ("0300 123 4567, 020" ends after "4567"). */
function endOfDigits(candidate: string, national: string): number {
  let digits = '';
  for (let i = 0; i < candidate.length; i++) {
    const char = candidate[i] as string;
    if (char < '0' || char > '9') continue;
    digits += char;
    if (digits.endsWith(national)) return i + 1;
  }
  return candidate.length;
}

/**
 * Stretches of text that could hold a dialled UK number: a "+", "0" or "(0" and at least eight
 * more digits and separators. Only these go to the parser, which is slow on long text full of
 * other numbers ("43 bags", "20mph", "A14").
 */
const PHONE_STRETCH = /(?<!\d)(?:\+|\(?0)[\d \t()./\u00a0-]{7,26}\d/g;

export function findPhoneNumbers(text: string): PhoneMatch[] {
  if (!SEVEN_DIGITS.test(text)) return [];
  const found: PhoneMatch[] = [];
  for (const stretch of text.matchAll(PHONE_STRETCH)) {
    // One character either side lets the parser see what the number is stuck to ("ref07700…").
    const from = Math.max(0, stretch.index - 1);
    const to = Math.min(text.length, stretch.index + stretch[0].length + 1);
    // Commas and semicolons end a number: without this the parser reads "0300 123 4567, 020" as one candidate.
    for (const match of findPhoneNumbersInText(text.slice(from, to).replace(/[,;]/g, '|'), { defaultCountry: 'GB', extended: true })) {
      const { number } = match;
      const startsAt = from + match.startsAt;
      const candidate = text.slice(startsAt, from + match.endsAt);
      if (number.countryCallingCode !== '44' || !DIALLED_START.test(candidate) || DATE_LIKE.test(candidate) || !number.isPossible()) continue;
      const national = String(number.nationalNumber);
      const end = startsAt + endOfDigits(candidate, national);
      // "(07700 900321)": the bracket belongs to the sentence unless it closes inside the number.
      const start = candidate.startsWith('(') && !text.slice(startsAt, end).includes(')') ? startsAt + 1 : startsAt;
      if (!found.some((other) => other.start === start)) found.push({ start, end, digits: `0${national}`, kind: phoneKind(national) });
    }
  }
  return found;
}

/** National digits of a phone number as written anywhere ("+44 (0)1632 960001" → "01632960001"), or null. */
export function nationalDigits(value: string): string | null {
  const [match] = findPhoneNumbers(value);
  return match ? match.digits : null;
}

export interface EmailMatch extends Span {
  readonly address: string;
  /** Lower case. */
  readonly local: string;
  readonly domain: string;
}

const EMAIL = /(?<![\w.+-])[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

export function findEmails(text: string): EmailMatch[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((match) => {
    const address = match[0].toLowerCase();
    const at = address.indexOf('@');
    return { start: match.index, end: match.index + match[0].length, address, local: address.slice(0, at), domain: address.slice(at + 1) };
  });
}

/**
 * Full UK postcodes with the letters each position may take ("CB4 1AA", "sw1a1aa", "M1 1AE").
 * The inward letters never include C, I, K, M, O or V, so "2pm" and "10am" are never postcodes.
 */
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRV-Y]?|[A-HK-Y]\d\d) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;
const ORDINAL_INWARD = /\d(?:st|nd|rd|th)$/;

export function findPostcodes(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    // "the A1 4th exit" in lower case reads as an ordinal, not a postcode.
    if (ORDINAL_INWARD.test(match[0]) || (match[0] !== match[0].toUpperCase() && match[0] !== match[0].toLowerCase())) continue;
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export interface AddressMatch extends Span {
  /** Where the house number (or "Flat 3", "No. 14") starts: the span may start earlier. */
  readonly numberStart: number;
  /** The street, lower case ("willow close"). */
  readonly street: string;
}

const STREET_TYPES = new Set([
  'street', 'st', 'road', 'rd', 'lane', 'ln', 'close', 'avenue', 'ave', 'drive', 'dr', 'way', 'crescent', 'cres', 'court', 'ct', 'place', 'gardens', 'gdns', 'grove', 'terrace', 'walk', 'row', 'mews', 'hill', 'square', 'sq', 'park', 'rise', 'view', 'green', 'parade', 'croft', 'fields', 'meadow', 'meadows', 'chase', 'vale', 'wharf', 'yard', 'grange', 'gate', 'end', 'wynd', 'brae', 'bank', 'heights', 'orchard', 'copse', 'dale', 'approach', 'boulevard', 'embankment', 'quay', 'circus', 'passage', 'lea', 'cottages', 'villas', 'mansions', 'almshouses',
]);
/** "Flat 3, 12 …", "flat 2b 7 …", "No. 14 …", "number 22 …", then a house number and the words after it. */
const ADDRESS = /(?<![\w£$€.,/:-])(?:((?:flat|apartment|apt|unit|room)\.?\s*\d{1,4}[a-z]?\b,?\s*)|((?:no\.?|number)\s*))?(\d{1,4}[a-z]?(?:\s?-\s?\d{1,4}[a-z]?)?),?\s+([A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,4})/gi;
/** Words that never make up a street name: "120 homes on Mill Road", "3 new flats in Park Lane". */
const NOT_STREET_WORDS = new Set([
  'a', 'an', 'and', 'or', 'on', 'in', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'into', 'onto', 'off', 'near', 'along', 'via', 'past', 'per', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'new', 'more', 'extra', 'other', 'homes', 'houses', 'flats', 'dwellings', 'units', 'cars', 'vehicles', 'people', 'residents', 'families', 'children', 'pupils', 'trees', 'potholes', 'bags', 'days', 'weeks', 'months', 'years', 'hours', 'minutes', 'mins', 'miles', 'metres', 'meters', 'mph', 'yards', 'times', 'percent', 'pm', 'am', 'bus', 'buses', 'spaces', 'places', 'beds', 'bedroom', 'bed', 'storey', 'floors', 'storeys', 'acres', 'hectares', 'until', 'till', 'til', 'onwards', 'through', 'during', 'since',
]);
const WORD = /[A-Za-z][\w'’-]*/g;
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The street in the words after a house number: name words up to the first street type ("Willow Close", "St Mary's Road", "The Green"). */
function streetEnd(words: string): number {
  let names = 0;
  let afterMonth = false;
  for (const match of words.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (NOT_STREET_WORDS.has(word)) return -1;
    if (STREET_TYPES.has(word) && names > 0) return match.index + match[0].length;
    // "1 December until the end" is a date; "10 March Road" is a street.
    if (afterMonth) return -1;
    afterMonth = names === 0 && MONTH_NAMES.has(word);
    names++;
  }
  return -1;
}

export function findStreetAddresses(text: string): AddressMatch[] {
  if (!/\d/.test(text)) return [];
  const found: AddressMatch[] = [];
  ADDRESS.lastIndex = 0;
  for (let match = ADDRESS.exec(text); match; match = ADDRESS.exec(text)) {
    const words = match[4] as string;
    const wordsStart = match.index + match[0].length - words.length;
    const end = streetEnd(words);
    // Carry on straight after the number when no street follows, so "… and No. 14 Willow Close" is still seen.
    ADDRESS.lastIndex = end < 0 ? wordsStart : wordsStart + end;
    if (end < 0) continue;
    const numberStart = match.index + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
    found.push({ start: match.index, end: wordsStart + end, numberStart, street: words.slice(0, end).toLowerCase() });
  }
  return found;
}

/** "number 12", "no. 4a", "No 7": a house number written without its street. */
const HOUSE_NUMBER = /\b(?:number|no\.?|num\.?)\s?\d{1,4}[a-z]?\b/gi;

/** House numbers without a street ("the family at number 12"): whether one is a home depends on the words before it. */
export function findHouseNumbers(text: string): Span[] {
  if (!/\d/.test(text)) return [];
  return [...text.matchAll(HOUSE_NUMBER)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const STREET_NAME = new RegExp(String.raw`\b(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:${[...STREET_TYPES].map((type) => type[0]?.toUpperCase() + type.slice(1)).join('|')})\b`, 'gu');

/** Street names without a house number, written with capitals: "Willow Close", "St Mary's Road". */
export function findStreetNames(text: string): Span[] {
  return [...text.matchAll(STREET_NAME)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export interface NiNumberMatch extends Span {
  /** The prefix is one HMRC issues (not "QQ", "BG", "GB", "NK", "KN", "TN", "NT", "ZZ"…). */
  readonly isIssuedPrefix: boolean;
}

const NI_NUMBER = /\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b/gi;
/** HMRC (NIM39110): D, F, I, Q, U, V are never first or second letter; O never second; BG, GB, KN, NK, NT, TN, ZZ never used. */
const ISSUED_PREFIX = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/;

export function findNiNumbers(text: string): NiNumberMatch[] {
  return [...text.matchAll(NI_NUMBER)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    isIssuedPrefix: ISSUED_PREFIX.test((match[1] as string).toUpperCase()),
  }));
}

export interface NhsNumberMatch extends Span {
  /** Written 3-3-4, as NHS numbers are printed ("943 476 5919"). */
  readonly isGrouped: boolean;
}

const NHS_NUMBER = /(?<![\d£$€.,:/+-])(\d{3})([- ]?)(\d{3})\2(\d{4})(?![\d.,:/-]\d)/g;

/** The NHS modulus-11 check: weights 10…2 on the first nine digits; 11 → 0, 10 → invalid. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

export function findNhsNumbers(text: string): NhsNumberMatch[] {
  const found: NhsNumberMatch[] = [];
  for (const match of text.matchAll(NHS_NUMBER)) {
    const digits = `${match[1]}${match[3]}${match[4]}`;
    if (digits.startsWith('0') || !isValidNhsNumber(digits)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, isGrouped: match[2] !== '' });
  }
  return found;
}

export interface DateMatch extends Span {
  /** Four-digit year when written ("1961"), expanded from two digits ("61" → 1961 if in the past), or null. */
  readonly year: number | null;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  String.raw`\b(?:(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](\d{4}|\d{2})|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\.?,?(?:\s+(\d{4}))?|(?:${MONTHS})\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?)\b`,
  'gi',
);

export function findDates(text: string): DateMatch[] {
  return [...text.matchAll(DATE)].map((match) => {
    const written = match[1] ?? match[2] ?? match[3];
    let year: number | null = written ? Number(written) : null;
    if (written?.length === 2) year = (year as number) + ((year as number) <= 30 ? 2000 : 1900);
    return { start: match.index, end: match.index + match[0].length, year };
  });
}

export interface VehicleMatch extends Span {
  /** Written as on a plate: capitals ("AB12 CDE"). */
  readonly isPlateLike: boolean;
}

/** Current GB format: two region letters, two age digits, three random letters ("AB12 CDE"). */
const VEHICLE = /\b([A-Z]{2})(\d{2}) ?([A-Z]{3})\b/gi;

export function findVehicleRegistrations(text: string): VehicleMatch[] {
  const found: VehicleMatch[] = [];
  for (const match of text.matchAll(VEHICLE)) {
    const [letters, age, random] = [(match[1] as string).toUpperCase(), Number(match[2]), (match[3] as string).toUpperCase()];
    if (/[IQZ]/.test(letters) || /[IQ]/.test(random) || (match[0] !== match[0].toUpperCase() && match[0] !== match[0].toLowerCase())) continue;
    if (!((age >= 2 && age <= 29) || (age >= 51 && age <= 79))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, isPlateLike: match[0] === match[0].toUpperCase() });
  }
  return found;
}
