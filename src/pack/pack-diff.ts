import { compareSeverity } from '../engine/finding.js';
import type { MatterKind, PendingMatter, RulePack } from './schema.js';

/** What changed between two versions of a pack, in words, one line per change. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-05-06" → "6 May 2027". */
export function dateInWords(date: string | undefined): string {
  if (!date) return 'none';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

const KIND_WORDS: Record<MatterKind, string> = {
  planning: 'pending application',
  licensing: 'pending licensing application',
  committee: 'pending committee item',
  other: 'pending matter',
};

function matterKey(matter: PendingMatter): string {
  return matter.ref ? `ref:${matter.ref.toUpperCase().replace(/\s+/g, '')}` : `title:${matter.title.toLowerCase()}`;
}

function matterName(matter: PendingMatter): string {
  const what = matter.site ?? matter.title;
  return `${KIND_WORDS[matter.kind]} ${matter.ref ? `${matter.ref} ${what}` : what}`;
}

function quoteList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}

/** Pairs items by key: [added, removed, both]. */
function pairUp<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): [T[], T[], Array<[T, T]>] {
  const afterKeys = after.map(key);
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Set(afterKeys);
  const added: T[] = [];
  const both: Array<[T, T]> = [];
  after.forEach((item, index) => {
    const was = old.get(afterKeys[index]!);
    if (was) both.push([was, item]);
    else added.push(item);
  });
  const removed = [...old].filter(([itemKey]) => !now.has(itemKey)).map(([, item]) => item);
  return [added, removed, both];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function moved(what: string, from: string | undefined, to: string | undefined): string | null {
  if (from === to) return null;
  if (!from) return `${what} set to ${dateInWords(to)}`;
  if (!to) return `${what} removed (was ${dateInWords(from)})`;
  return `${what} moved from ${dateInWords(from)} to ${dateInWords(to)}`;
}

function changedText(what: string, from: string | undefined, to: string | undefined): string | null {
  if (from === to) return null;
  if (!from) return `${what} set to "${to}"`;
  if (!to) return `${what} removed`;
  return `${what} changed from "${from}" to "${to}"`;
}

function matterChanges(was: PendingMatter, now: PendingMatter): string[] {
  const name = matterName(now);
  const changes = [
    moved('decision date', was.decisionDate, now.decisionDate),
    changedText('committee', was.committee, now.committee),
    changedText('title', was.title, now.title),
    changedText('site', was.site, now.site),
    was.kind !== now.kind ? `now a ${KIND_WORDS[now.kind]} (was a ${KIND_WORDS[was.kind]})` : null,
  ].filter((line): line is string => line !== null);
  const addedWords = now.keywords.filter((word) => !was.keywords.includes(word));
  const removedWords = was.keywords.filter((word) => !now.keywords.includes(word));
  if (addedWords.length > 0) changes.push(`other names added: ${quoteList(addedWords)}`);
  if (removedWords.length > 0) changes.push(`other names removed: ${quoteList(removedWords)}`);
  return changes.map((change) => `${name}: ${change}`);
}

function ruleChanges(before: RulePack['rules'], after: RulePack['rules']): string[] {
  const lines: string[] = [];
  for (const id of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = before[id] ?? {};
    const now = after[id] ?? {};
    if (was.enabled !== false && now.enabled === false) lines.push(`rule ${id} switched off`);
    if (was.enabled === false && now.enabled !== false) lines.push(`rule ${id} switched back on`);
    if (was.severity === now.severity) continue;
    if (!now.severity) lines.push(`rule ${id} back to its usual severity (was ${was.severity})`);
    else if (!was.severity) lines.push(`rule ${id} set to ${now.severity}`);
    else lines.push(`rule ${id} ${compareSeverity(now.severity, was.severity) < 0 ? 'raised' : 'lowered'} to ${now.severity}`);
  }
  return lines;
}

function vocabularyChanges(before: RulePack['vocabulary'], after: RulePack['vocabulary']): string[] {
  const lines: string[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = before[key] ?? { add: [], remove: [] };
    const now = after[key] ?? { add: [], remove: [] };
    const newlyAdded = now.add.filter((phrase) => !was.add.includes(phrase));
    const noLongerAdded = was.add.filter((phrase) => !now.add.includes(phrase));
    const newlyRemoved = now.remove.filter((phrase) => !was.remove.includes(phrase));
    const backAgain = was.remove.filter((phrase) => !now.remove.includes(phrase));
    if (newlyAdded.length > 0) lines.push(`word list ${key}: added ${quoteList(newlyAdded)}`);
    if (noLongerAdded.length > 0) lines.push(`word list ${key}: no longer adds ${quoteList(noLongerAdded)}`);
    if (newlyRemoved.length > 0) lines.push(`word list ${key}: removed ${quoteList(newlyRemoved)}`);
    if (backAgain.length > 0) lines.push(`word list ${key}: no longer removes ${quoteList(backAgain)}`);
  }
  return lines;
}

/** Every change from `before` to `after`, in the order a reader would want them. */
export function diffPacks(before: RulePack, after: RulePack): string[] {
  const lines: string[] = [];
  const push = (line: string | null): void => {
    if (line) lines.push(line);
  };
  if (before.id !== after.id) lines.push(`pack id changed from ${before.id} to ${after.id}`);
  if (before.version !== after.version) lines.push(`version ${before.version} → ${after.version}`);
  push(changedText('council', before.council, after.council));
  push(moved('issue date', before.issued, after.issued));
  push(moved('expiry date', before.expires, after.expires));
  if (!same(before.nextSigningKeys ?? [], after.nextSigningKeys ?? [])) lines.push('signing keys changed: a new key may sign later versions');
  if (!same(before.contact, after.contact)) lines.push(after.contact ? `Monitoring Officer contact now ${[after.contact.name, after.contact.email, after.contact.phone].filter(Boolean).join(', ')}` : 'Monitoring Officer contact removed');

  const [newElections, oldElections, elections] = pairUp(before.elections, after.elections, (election) => election.name);
  for (const election of newElections) lines.push(`added election ${election.name}: polling day ${dateInWords(election.pollingDay)}, pre-election period from ${dateInWords(election.start)}`);
  for (const election of oldElections) lines.push(`removed election ${election.name}`);
  for (const [was, now] of elections) {
    push(moved(`election ${now.name}: polling day`, was.pollingDay, now.pollingDay));
    push(moved(`election ${now.name}: pre-election period start`, was.start, now.start));
  }

  const [newMatters, oldMatters, matters] = pairUp(before.pendingMatters, after.pendingMatters, matterKey);
  for (const matter of newMatters) lines.push(`added ${matterName(matter)}`);
  for (const matter of oldMatters) lines.push(`removed ${matterName(matter)}`);
  for (const [was, now] of matters) lines.push(...matterChanges(was, now));

  const [newSecrets, oldSecrets, secrets] = pairUp(before.confidentialMatters, after.confidentialMatters, (matter) => matter.name);
  for (const matter of newSecrets) lines.push(`added confidential matter ${matter.name}`);
  for (const matter of oldSecrets) lines.push(`removed confidential matter ${matter.name}`);
  for (const [was, now] of secrets) {
    push(moved(`confidential matter ${now.name}: confidential until`, was.until, now.until));
    if (!same(was.keywords, now.keywords)) lines.push(`confidential matter ${now.name}: keywords changed`);
  }

  const [newContacts, oldContacts, contacts] = pairUp(before.publicContacts, after.publicContacts, (contact) => contact.label);
  for (const contact of newContacts) lines.push(`added public contact ${contact.label}`);
  for (const contact of oldContacts) lines.push(`removed public contact ${contact.label}`);
  for (const [, now] of contacts.filter(([was, now]) => !same(was, now))) lines.push(`public contact ${now.label} changed`);

  const [newAccounts, oldAccounts] = pairUp(before.councilAccounts, after.councilAccounts, (account) => `${account.platform ?? ''}:${account.handle.toLowerCase()}`);
  for (const account of newAccounts) lines.push(`added council account ${account.handle}${account.platform ? ` (${account.platform})` : ''}`);
  for (const account of oldAccounts) lines.push(`removed council account ${account.handle}${account.platform ? ` (${account.platform})` : ''}`);

  const [newLogos, oldLogos, logos] = pairUp(before.logos, after.logos, (logo) => logo.name);
  for (const logo of newLogos) lines.push(`added logo ${logo.name}`);
  for (const logo of oldLogos) lines.push(`removed logo ${logo.name}`);
  for (const [, now] of logos.filter(([was, now]) => !same(was, now))) lines.push(`logo ${now.name}: fingerprints changed`);

  lines.push(...ruleChanges(before.rules, after.rules), ...vocabularyChanges(before.vocabulary, after.vocabulary));

  const [newRules, oldRules, rules] = pairUp(before.customRules, after.customRules, (rule) => rule.id);
  for (const rule of newRules) lines.push(`added custom rule ${rule.id} (${rule.category}, ${rule.severity})`);
  for (const rule of oldRules) lines.push(`removed custom rule ${rule.id}`);
  for (const [was, now] of rules) {
    if (was.severity !== now.severity) lines.push(`custom rule ${now.id} ${compareSeverity(now.severity, was.severity) < 0 ? 'raised' : 'lowered'} to ${now.severity}`);
    if (!same({ ...was, severity: null, examples: null }, { ...now, severity: null, examples: null })) lines.push(`custom rule ${now.id} changed`);
    if (!same(was.examples, now.examples)) lines.push(`custom rule ${now.id}: examples changed`);
  }

  const [newItems, oldItems, items] = pairUp(before.checklist, after.checklist, (item) => item.id);
  for (const item of newItems) lines.push(`added checklist item "${item.text}"`);
  for (const item of oldItems) lines.push(`removed checklist item "${item.text}"`);
  for (const [, now] of items.filter(([was, now]) => was.text !== now.text)) lines.push(`checklist item ${now.id} now reads "${now.text}"`);

  const [newExamples, oldExamples] = pairUp(before.examples, after.examples, (example) => JSON.stringify(example));
  if (newExamples.length > 0) lines.push(`${newExamples.length} example post${newExamples.length === 1 ? '' : 's'} added`);
  if (oldExamples.length > 0) lines.push(`${oldExamples.length} example post${oldExamples.length === 1 ? '' : 's'} removed`);
  return lines;
}
