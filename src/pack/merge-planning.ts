import type { PendingMatter } from './schema.js';

/** Folds pending applications read from a planning register (planning-csv.ts) into a pack's list. */

function refKey(ref: string | undefined): string {
  return (ref ?? '').toUpperCase().replace(/\s+/g, '');
}

/**
 * The register is the source of truth for planning applications: the pack's planning matters
 * become the register's, keeping the other names (keywords) already written for each reference.
 * Licensing, committee and other matters are kept as they are.
 */
export function mergePlanning(existing: readonly PendingMatter[], imported: readonly PendingMatter[]): PendingMatter[] {
  const old = new Map(existing.filter((matter) => matter.kind === 'planning' && matter.ref).map((matter) => [refKey(matter.ref), matter]));
  const kept = existing.filter((matter) => matter.kind !== 'planning');
  const merged = imported.map((matter) => {
    const was = old.get(refKey(matter.ref));
    return was ? { ...matter, keywords: was.keywords, ...(matter.committee || !was.committee ? {} : { committee: was.committee }) } : matter;
  });
  return [...kept, ...merged];
}
