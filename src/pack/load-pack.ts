import { z } from 'zod';
import { CHECKS } from '../checks/index.js';
import { MAX_PHRASE_EXPANSIONS, phraseExpansionCount } from '../engine/phrase-matcher.js';
import { ConfidentialMatter, CustomRule, Election, PendingMatter, RulePack, VocabularyChange } from './schema.js';
import { vetRegex } from './vet-regex.js';

/** The largest pack file accepted (bytes). */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export interface PackProblem {
  /** Where in the pack, as a JSON path ("pendingMatters[3].decisionDate"), or "" for the whole file. */
  readonly path: string;
  readonly message: string;
}

export type LoadPackResult = { ok: true; pack: RulePack } | { ok: false; errors: PackProblem[] };

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Every word list a built-in check reads, as "category/list". */
export function knownWordLists(): Set<string> {
  const keys = new Set<string>();
  for (const check of Object.values(CHECKS)) for (const list of Object.keys(check.meta.vocabulary ?? {})) keys.add(`${check.meta.id}/${list}`);
  return keys;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : String(value);
}

const TYPE_WORDS: Record<string, string> = { string: 'text in quotes', number: 'a number', boolean: 'true or false', array: 'a list in [ ]', object: 'an object in { }' };

/** Plain-English wording for zod's issues, with the fix. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'invalid_type':
      if (issue.path.length === 0) return `The pack must be one JSON object in { }; this file holds ${describeValue(issue.input)}.`;
      return issue.input === undefined ? `This field is required: add ${TYPE_WORDS[issue.expected] ?? issue.expected}.` : `Expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}.`;
    case 'invalid_format':
      if (issue.format === 'date') return typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input) ? `${issue.input} is not a real date.` : 'Write the date as YYYY-MM-DD, for example 2027-05-06.';
      if (issue.format === 'datetime') return 'Write the date and time as YYYY-MM-DDTHH:MM with a time zone, for example 2027-05-06T22:00:00+01:00.';
      if (issue.format === 'email') return `${describeValue(issue.input)} is not an email address.`;
      if (issue.format === 'regex') return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
      return `${describeValue(issue.input)} is not in the expected format.`;
    case 'too_small':
      if (issue.origin === 'number') return `Must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}.`;
      if (issue.origin === 'array') return `Needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}.`;
      return `Too short: use at least ${String(issue.minimum)} character${Number(issue.minimum) === 1 ? '' : 's'}.`;
    case 'too_big':
      if (issue.origin === 'number') return `Must be at most ${String(issue.maximum)}.`;
      if (issue.origin === 'array') return `Too many items: at most ${String(issue.maximum)}.`;
      return `Too long: use at most ${String(issue.maximum)} characters.`;
    case 'invalid_value':
      return `${describeValue(issue.input)} is not allowed here. Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'invalid_union':
      return issue.discriminator ? `Unknown "${issue.discriminator}": use one of "phrase", "regex" or "substitution".` : 'This does not match any of the allowed shapes.';
    default:
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  }
}

function zodProblems(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Checks that need more than one field: dates, duplicates, word lists, patterns. */
/** What the cross-field checks read: a valid pack, or the valid parts of an invalid one (holes where an item is invalid). */
export interface PackParts {
  readonly issued?: string | undefined;
  readonly expires?: string | undefined;
  readonly elections: ReadonlyArray<z.infer<typeof Election> | undefined>;
  readonly pendingMatters: ReadonlyArray<PendingMatter | undefined>;
  readonly confidentialMatters: ReadonlyArray<ConfidentialMatter | undefined>;
  readonly vocabulary: Readonly<Record<string, z.infer<typeof VocabularyChange>>>;
  readonly customRules: ReadonlyArray<CustomRule | undefined>;
}

function partsOf<T>(value: unknown, schema: z.ZodType<T>): Array<T | undefined> {
  return Array.isArray(value) ? value.map((item) => { const parsed = schema.safeParse(item); return parsed.success ? parsed.data : undefined; }) : [];
}

/** The valid parts of a pack that failed validation, so every problem can be reported at once. */
function validParts(json: unknown): PackParts {
  const record = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const date = (value: unknown): string | undefined => (z.iso.date().safeParse(value).success ? (value as string) : undefined);
  const vocabulary: Record<string, z.infer<typeof VocabularyChange>> = {};
  if (typeof record['vocabulary'] === 'object' && record['vocabulary'] !== null) {
    for (const [key, change] of Object.entries(record['vocabulary'] as Record<string, unknown>)) {
      const parsed = VocabularyChange.safeParse(change);
      if (parsed.success) vocabulary[key] = parsed.data;
    }
  }
  return {
    issued: date(record['issued']),
    expires: date(record['expires']),
    elections: partsOf(record['elections'], Election),
    pendingMatters: partsOf(record['pendingMatters'], PendingMatter),
    confidentialMatters: partsOf(record['confidentialMatters'], ConfidentialMatter),
    vocabulary,
    customRules: partsOf(record['customRules'], CustomRule),
  };
}

export function semanticProblems(pack: PackParts): PackProblem[] {
  const problems: PackProblem[] = [];
  const checkDate = (path: string, date: string | undefined): void => {
    if (date && !isRealDate(date)) problems.push({ path, message: `${date} is not a real date.` });
  };
  checkDate('issued', pack.issued);
  checkDate('expires', pack.expires);
  if (pack.issued && pack.expires && pack.expires < pack.issued) problems.push({ path: 'expires', message: 'The pack expires before it was issued: check both dates.' });
  pack.elections.forEach((election, index) => {
    if (!election) return;
    checkDate(`elections[${index}].start`, election.start);
    checkDate(`elections[${index}].pollingDay`, election.pollingDay);
    if (election.start > election.pollingDay) problems.push({ path: `elections[${index}].start`, message: `The pre-election period starts (${election.start}) after polling day (${election.pollingDay}): swap or correct the dates.` });
  });
  const refs = new Map<string, number>();
  pack.pendingMatters.forEach((matter, index) => {
    if (!matter) return;
    checkDate(`pendingMatters[${index}].decisionDate`, matter.decisionDate);
    if (!matter.ref) return;
    const key = matter.ref.toUpperCase().replace(/\s+/g, '');
    const first = refs.get(key);
    if (first !== undefined) problems.push({ path: `pendingMatters[${index}].ref`, message: `Reference ${matter.ref} is listed twice (also at pendingMatters[${first}]): keep one.` });
    else refs.set(key, index);
  });
  pack.confidentialMatters.forEach((matter, index) => checkDate(`confidentialMatters[${index}].until`, matter?.until));
  const lists = knownWordLists();
  const checkPhrases = (path: string, phrases: readonly string[]): void => {
    phrases.forEach((phrase, index) => {
      const count = phraseExpansionCount(phrase);
      if (count > MAX_PHRASE_EXPANSIONS) problems.push({ path: `${path}[${index}]`, message: `This phrase stands for ${count} phrases; the most is ${MAX_PHRASE_EXPANSIONS}. Use "a|b" for one-word choices or split it.` });
    });
  };
  for (const [key, change] of Object.entries(pack.vocabulary)) {
    if (!lists.has(key)) {
      const category = key.split('/')[0] ?? '';
      const same = [...lists].filter((list) => list.startsWith(`${category}/`)).sort();
      const hint = same.length > 0 ? `The lists for ${category} are: ${same.join(', ')}.` : 'The first part must be a category id, such as "abuse".';
      problems.push({ path: `vocabulary.${key}`, message: `There is no word list called "${key}". ${hint}` });
    }
    checkPhrases(`vocabulary.${key}.add`, change.add);
  }
  pack.customRules.forEach((rule, index) => {
    if (rule?.kind === 'phrase') checkPhrases(`customRules[${index}].phrases`, rule.phrases);
  });
  const ruleIds = new Set<string>();
  pack.customRules.forEach((rule, index) => {
    if (!rule) return;
    if (ruleIds.has(rule.id)) problems.push({ path: `customRules[${index}].id`, message: `Two rules are called "${rule.id}": rename one.` });
    ruleIds.add(rule.id);
    if (rule.kind === 'regex') {
      const reason = vetRegex(rule.pattern, rule.flags);
      if (reason) problems.push({ path: `customRules[${index}].pattern`, message: `This pattern is refused because ${reason}` });
    }
  });
  return problems;
}

interface Utf8Decoder {
  decode(input: Uint8Array): string;
}

/** TextDecoder is in every runtime the engine runs in (Node, browser, worker), but not in the core's ES lib. */
function decodeUtf8(bytes: Uint8Array): string {
  const { TextDecoder } = globalThis as unknown as { TextDecoder: new (label: string, options: { fatal: boolean }) => Utf8Decoder };
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Parses and validates a pack. Never throws on bad input: every problem comes back with its path. */
export function loadPack(input: string | Uint8Array): LoadPackResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_PACK_BYTES) return { ok: false, errors: [{ path: '', message: `The pack is ${(size / 1024 / 1024).toFixed(1)} MB; the largest accepted is 5 MB.` }] };
  let text: string;
  try {
    text = typeof input === 'string' ? input : decodeUtf8(input);
  } catch {
    return { ok: false, errors: [{ path: '', message: 'The pack is not a text file (it is not valid UTF-8).' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `The pack is not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}.` }] };
  }
  const parsed = RulePack.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    // Report the shape problems and the cross-field problems of the valid parts together.
    const errors = zodProblems(parsed.error);
    const seen = new Set(errors.map((problem) => problem.path));
    return { ok: false, errors: [...errors, ...semanticProblems(validParts(json)).filter((problem) => !seen.has(problem.path))] };
  }
  const problems = semanticProblems(parsed.data);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, pack: parsed.data };
}

export function formatProblems(problems: readonly PackProblem[]): string[] {
  return problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
}
