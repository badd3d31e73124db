import { CHECKS } from '../checks/index.js';
import { formatClause } from '../checks/clauses.js';
import { CheckOptions, type CheckContext, type CheckModule, type CheckOptionsInput, type Draft, type ElectionPeriod, type RawFinding } from '../checks/types.js';
import type { CompiledPack, PackTag } from '../pack/compile-pack.js';
import { compareFindings, type Finding } from './finding.js';
import type { PhraseHit } from './phrase-matcher.js';
import { prepareText } from './prepare-draft.js';

/** The longest draft the engine will check (characters). Longer input is refused by callers. */
export const MAX_DRAFT_LENGTH = 100_000;

const londonHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' });
const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The UK calendar date of a posting time ("2027-04-20"), or null. */
export function localDateOf(at: string | null): string | null {
  if (!at) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? null : londonDate.format(instant);
}

function localHourOf(at: string | null): number | null {
  if (!at || /^\d{4}-\d{2}-\d{2}$/.test(at)) return null;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? null : Number(londonHour.format(instant));
}

function electionAt(pack: CompiledPack, date: string | null, preElection: boolean | undefined): ElectionPeriod | null {
  if (preElection === false) return null;
  const found = date ? pack.pack.elections.find((election) => election.start <= date && date <= election.pollingDay) : undefined;
  if (found) return found;
  if (preElection === true) return { name: 'the election', start: date ?? '', pollingDay: '' };
  return null;
}

function fill(template: string, data: Readonly<Record<string, string>> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => data?.[name] ?? '');
}

export function buildContext(options: CheckOptionsInput, pack: CompiledPack): CheckContext {
  const parsed = CheckOptions.parse(options);
  const date = localDateOf(parsed.at);
  return { ...parsed, pack, election: electionAt(pack, date, parsed.preElection), localHour: localHourOf(parsed.at) };
}

export function buildDraft(text: string, pack: CompiledPack): Draft {
  const prepared = prepareText(text);
  const grouped = new Map<string, Array<PhraseHit<PackTag>>>();
  for (const hit of pack.matcher.match(prepared.tokens)) {
    const list = grouped.get(hit.tag.key);
    if (list) list.push(hit);
    else grouped.set(hit.tag.key, [hit]);
  }
  const none: Array<PhraseHit<PackTag>> = [];
  return { ...prepared, hits: (key) => grouped.get(key) ?? none };
}

function toFinding(module: CheckModule, raw: RawFinding, text: string, context: CheckContext): Finding {
  const { meta } = module;
  const ruleId = module.ruleId ?? meta.id;
  const setting = context.pack.ruleSetting(ruleId);
  const messages = meta.messages as Record<string, string>;
  const suggestions = (meta.suggestions ?? {}) as Record<string, string>;
  const suggestionTemplate = raw.suggestionId ? suggestions[raw.suggestionId] : undefined;
  const suggestion = suggestionTemplate ? fill(suggestionTemplate, raw.data) : raw.replacement !== undefined ? `Use “${raw.replacement}” instead.` : undefined;
  const start = Math.max(0, Math.min(raw.start, text.length));
  const end = Math.max(start, Math.min(raw.end, text.length));
  return {
    ruleId,
    category: meta.id,
    severity: setting.severity ?? raw.severity ?? meta.defaultSeverity,
    messageId: raw.messageId,
    message: fill(messages[raw.messageId] ?? raw.messageId, raw.data),
    clause: formatClause(raw.clause ?? meta.clause),
    start,
    end,
    excerpt: text.slice(start, end),
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...(raw.replacement !== undefined ? { replacement: raw.replacement } : {}),
    ...(raw.attachment !== undefined ? { attachment: raw.attachment } : {}),
  };
}

function runModules(modules: readonly CheckModule[], text: string, options: CheckOptionsInput, pack: CompiledPack): Finding[] {
  const context = buildContext(options, pack);
  const draft = buildDraft(text, pack);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const module of modules) {
    const ruleId = module.ruleId ?? module.meta.id;
    if (pack.ruleSetting(ruleId).enabled === false) continue;
    for (const raw of module.check(draft, context)) {
      const finding = toFinding(module, raw, text, context);
      // Findings about pictures sit at no place in the text: each picture, and each logo in it, is its own finding.
      const picture = finding.attachment ? `${finding.attachment.index}|${finding.message}` : '';
      const key = `${finding.ruleId}|${finding.start}|${finding.end}|${finding.messageId}|${picture}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}

/** Checks a draft against every built-in check and the pack's own rules. */
export function runChecks(text: string, options: CheckOptionsInput, pack: CompiledPack): Finding[] {
  return runModules([...Object.values(CHECKS), ...pack.customChecks], text, options, pack);
}

/** Runs a single check (for the check's own tests and the pack tester). */
export function runCheck(module: CheckModule, text: string, options: CheckOptionsInput, pack: CompiledPack): Finding[] {
  return runModules([module], text, options, pack);
}
