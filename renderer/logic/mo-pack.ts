import type { EditablePack, MoProblem } from '../../src/bridge/contract.js';

/**
 * The pack as the Monitoring Officer edits it: plain JSON that may not be valid yet. Reading
 * and changing it by path, so every form field writes exactly one place and every problem
 * main reports ("pendingMatters[3].decisionDate") finds its field.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type PathPart = string | number;

export function asPack(pack: EditablePack): JsonObject {
  return pack as unknown as JsonObject;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "pendingMatters[3].decisionDate" → ["pendingMatters", 3, "decisionDate"]. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

/** The path as main writes it: keys joined with dots, list places in brackets. */
export function formatPath(parts: readonly PathPart[]): string {
  return parts.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** The id of the field that edits `path` (problems link to it). */
export function fieldId(path: string): string {
  return `mo-${path.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;
}

export function getIn(value: Json | undefined, parts: readonly PathPart[]): Json | undefined {
  let current: Json | undefined = value;
  for (const part of parts) {
    if (typeof part === 'number') current = Array.isArray(current) ? current[part] : undefined;
    else current = isObject(current) ? current[part] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * A copy with `value` at `parts` (undefined removes the key), making objects and lists on the
 * way as needed. With `prune`, an object left empty by a removal is removed from its parent too.
 */
export function setIn(value: Json | undefined, parts: readonly PathPart[], next: Json | undefined, prune = false): Json | undefined {
  const [head, ...rest] = parts;
  if (head === undefined) return next;
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    const inner = setIn(list[head], rest, next, prune);
    if (inner === undefined) list.splice(head, 1);
    else list[head] = inner;
    return list;
  }
  const object: JsonObject = isObject(value) ? { ...value } : {};
  const inner = setIn(object[head], rest, next, prune);
  if (inner === undefined || (prune && rest.length > 0 && isObject(inner) && Object.keys(inner).length === 0)) delete object[head];
  else object[head] = inner;
  return object;
}

export function setPackValue(pack: JsonObject, parts: readonly PathPart[], next: Json | undefined, prune = false): JsonObject {
  const out = setIn(pack, parts, next, prune);
  return isObject(out) ? out : pack;
}

/** The list at `key`, or an empty one when there is none (or it is not a list). */
export function listAt(pack: JsonObject, key: string): Json[] {
  const list = pack[key];
  return Array.isArray(list) ? list : [];
}

export function text(value: Json | undefined): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function withItemRemoved(pack: JsonObject, key: string, index: number): JsonObject {
  return { ...pack, [key]: listAt(pack, key).filter((_, at) => at !== index) };
}

export function withItemInserted(pack: JsonObject, key: string, index: number, item: Json): JsonObject {
  const list = [...listAt(pack, key)];
  list.splice(Math.min(index, list.length), 0, item);
  return { ...pack, [key]: list };
}

export function withItemsAdded(pack: JsonObject, key: string, items: readonly Json[]): JsonObject {
  return { ...pack, [key]: [...listAt(pack, key), ...items] };
}

/** The parts of the Monitoring Officer's editor, in the order they are listed. */
export const MO_SECTIONS = ['council', 'pending', 'confidential', 'elections', 'contacts', 'accounts', 'logos', 'rules', 'custom', 'vocabulary', 'checklist', 'examples'] as const;
export type MoSection = (typeof MO_SECTIONS)[number];

/** The list each section edits (the council section and the rules edit single fields). */
export const SECTION_LISTS = {
  pending: 'pendingMatters',
  confidential: 'confidentialMatters',
  elections: 'elections',
  contacts: 'publicContacts',
  accounts: 'councilAccounts',
  logos: 'logos',
  custom: 'customRules',
  checklist: 'checklist',
  examples: 'examples',
} as const satisfies Partial<Record<MoSection, string>>;

const SECTION_OF_KEY: Readonly<Record<string, MoSection>> = {
  ...Object.fromEntries(Object.entries(SECTION_LISTS).map(([section, key]) => [key, section as MoSection])),
  rules: 'rules',
  vocabulary: 'vocabulary',
};

/** The fields an item's editor shows, by list; a problem deeper than these goes to the field that holds it. */
export const ITEM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  pendingMatters: ['ref', 'title', 'site', 'kind', 'committee', 'decisionDate', 'keywords'],
  confidentialMatters: ['name', 'keywords', 'until'],
  elections: ['name', 'pollingDay', 'start'],
  publicContacts: ['label', 'phone', 'email', 'address'],
  councilAccounts: ['platform', 'handle'],
  logos: ['name', 'fingerprints'],
  customRules: ['kind', 'id', 'category', 'severity', 'message', 'clause', 'suggestion', 'phrases', 'pattern', 'flags', 'swap', 'examples.flag', 'examples.pass', 'examples'],
  checklist: ['text', 'id'],
  examples: ['text', 'labels', 'capacity', 'platform', 'at'],
};

/** Where a problem is shown and which field it belongs to. */
export interface ProblemPlace {
  /** null for a problem with the whole pack. */
  readonly section: MoSection | null;
  /** For a problem in a list's item: the list and the item's place. */
  readonly list?: string;
  readonly index?: number;
  /** The path of the field the problem is shown beside (an item's editor as a whole when no field fits), or null. */
  readonly field: string | null;
}

/** Which section, item and field a problem's path belongs to. */
export function placeOf(path: string): ProblemPlace {
  const parts = parsePath(path);
  const [key, second] = parts;
  if (typeof key !== 'string') return { section: null, field: null };
  const section = SECTION_OF_KEY[key] ?? 'council';
  if (key === 'contact') return { section, field: typeof second === 'string' ? formatPath(['contact', second]) : 'contact.name' };
  if (key === 'rules') return { section, field: typeof second === 'string' && typeof parts[2] === 'string' ? formatPath(['rules', second, parts[2]]) : null };
  if (key === 'vocabulary') {
    if (typeof second !== 'string') return { section, field: null };
    const which = parts[2];
    return { section, field: which === 'add' || which === 'remove' ? formatPath(['vocabulary', second, which]) : formatPath(['vocabulary', second]) };
  }
  const fields = ITEM_FIELDS[key];
  if (fields) {
    if (typeof second !== 'number') return { section, field: null };
    const rest = parts.slice(2);
    const named = fields.find((field) => {
      const fieldParts = field.split('.');
      return fieldParts.every((name, at) => rest[at] === name);
    });
    const itemPath = formatPath([key, second]);
    return { section, list: key, index: second, field: named ? `${itemPath}.${named}` : itemPath };
  }
  return { section, field: parts.length === 1 ? key : null };
}

/** The problems shown beside the field at `path`: its own, and those of the values inside it. */
export function problemsAt(problems: readonly MoProblem[], path: string): MoProblem[] {
  return problems.filter((problem) => placeOf(problem.path).field === path);
}

/** The problems of one item of a list, to count beside its row. */
export function problemsInItem(problems: readonly MoProblem[], list: string, index: number): MoProblem[] {
  return problems.filter((problem) => {
    const place = placeOf(problem.path);
    return place.list === list && place.index === index;
  });
}

export function problemsInSection(problems: readonly MoProblem[], section: MoSection): MoProblem[] {
  return problems.filter((problem) => placeOf(problem.path).section === section);
}

/** "keywords[1]" below a field → "Item 2: "; nothing for the field itself. */
export function subPathLabel(problemPath: string, fieldPath: string): number | null {
  const rest = problemPath.slice(fieldPath.length);
  const match = /^\[(\d+)\]/.exec(rest);
  return match ? Number(match[1]) + 1 : null;
}

/** The words of an "Unknown field" problem, to offer removing them; null for any other problem. */
export function unknownKeys(problem: MoProblem): string[] | null {
  if (!/^Unknown fields? /.test(problem.message)) return null;
  const head = problem.message.split(':')[0] ?? '';
  const keys = [...head.matchAll(/"([^"]+)"/g)].map((match) => match[1] as string);
  return keys.length > 0 ? keys : null;
}

/** The pack without the unknown keys a problem names. */
export function withoutKeys(pack: JsonObject, path: string, keys: readonly string[]): JsonObject {
  const parts = parsePath(path);
  const target = parts.length === 0 ? pack : getIn(pack, parts);
  if (!isObject(target)) return pack;
  const cleaned = Object.fromEntries(Object.entries(target).filter(([key]) => !keys.includes(key)));
  return parts.length === 0 ? cleaned : setPackValue(pack, parts, cleaned);
}

const NAME_FIELDS = ['ref', 'name', 'id', 'label', 'handle', 'title', 'text'] as const;

/** A short name for an item of a list, to say where a problem is ("24/01234/FUL"), or its place. */
export function itemName(pack: JsonObject, list: string, index: number): string {
  const item = listAt(pack, list)[index];
  if (isObject(item)) {
    for (const field of NAME_FIELDS) {
      const value = text(item[field]).trim();
      if (value) return value.length > 50 ? `${value.slice(0, 49)}…` : value;
    }
  }
  return `${index + 1}`;
}
