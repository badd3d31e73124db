import { z } from 'zod';
import { CHECKS } from '../checks/index.js';
import { RulePack } from './schema.js';
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

function zodProblems(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    else if (issue.code === 'invalid_format' && issue.format === 'date') message = 'Write the date as YYYY-MM-DD, for example 2027-05-06.';
    return { path: formatPath(issue.path), message };
  });
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Checks that need more than one field: dates, duplicates, word lists, patterns. */
export function semanticProblems(pack: RulePack): PackProblem[] {
  const problems: PackProblem[] = [];
  const checkDate = (path: string, date: string | undefined): void => {
    if (date && !isRealDate(date)) problems.push({ path, message: `${date} is not a real date.` });
  };
  checkDate('issued', pack.issued);
  checkDate('expires', pack.expires);
  if (pack.issued && pack.expires && pack.expires < pack.issued) problems.push({ path: 'expires', message: 'The pack expires before it was issued: check both dates.' });
  pack.elections.forEach((election, index) => {
    checkDate(`elections[${index}].start`, election.start);
    checkDate(`elections[${index}].pollingDay`, election.pollingDay);
    if (election.start > election.pollingDay) problems.push({ path: `elections[${index}].start`, message: `The pre-election period starts (${election.start}) after polling day (${election.pollingDay}): swap or correct the dates.` });
  });
  const refs = new Map<string, number>();
  pack.pendingMatters.forEach((matter, index) => {
    checkDate(`pendingMatters[${index}].decisionDate`, matter.decisionDate);
    if (!matter.ref) return;
    const key = matter.ref.toUpperCase().replace(/\s+/g, '');
    const first = refs.get(key);
    if (first !== undefined) problems.push({ path: `pendingMatters[${index}].ref`, message: `Reference ${matter.ref} is listed twice (also at pendingMatters[${first}]): keep one.` });
    else refs.set(key, index);
  });
  pack.confidentialMatters.forEach((matter, index) => checkDate(`confidentialMatters[${index}].until`, matter.until));
  const lists = knownWordLists();
  for (const key of Object.keys(pack.vocabulary)) {
    if (!lists.has(key)) problems.push({ path: `vocabulary.${key}`, message: `There is no word list called "${key}". Lists are: ${[...lists].sort().join(', ')}.` });
  }
  const ruleIds = new Set<string>();
  pack.customRules.forEach((rule, index) => {
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
    return { ok: false, errors: [{ path: '', message: `The pack is not valid JSON: ${(error as Error).message}.` }] };
  }
  const parsed = RulePack.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodProblems(parsed.error) };
  const problems = semanticProblems(parsed.data);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, pack: parsed.data };
}

export function formatProblems(problems: readonly PackProblem[]): string[] {
  return problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
}
