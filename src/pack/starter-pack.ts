import { EXAMPLE_PACK } from './example-pack.js';
import { PackId, type RulePackInput } from './schema.js';

/**
 * The starter pack a council begins from (`post-check pack init`, and "Start a new pack" in the
 * app): the worked example with the council's name and pack id in place.
 */

/** "Cambridgeshire County Council" → "cambridgeshire-county-council". */
export function packIdFor(council: string): string {
  const slug = council
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= 64 ? slug : slug.slice(0, 64).replace(/-[^-]*$/, '');
}

export type StarterPackResult =
  | { ok: true; pack: RulePackInput }
  /** `id` when the id given is not a pack id; `council` when none could be made from the name. */
  | { ok: false; problem: 'id' | 'council'; reason: string };

/** The starter pack for a council; the id is made from the council's name when not given. */
export function makeStarterPack(council: string | undefined, id: string | undefined): StarterPackResult {
  const name = council ?? EXAMPLE_PACK.council;
  const packId = id ?? (council ? packIdFor(council) : EXAMPLE_PACK.id);
  const checked = PackId.safeParse(packId);
  if (!checked.success) return { ok: false, problem: id !== undefined ? 'id' : 'council', reason: checked.error.issues[0]?.message ?? 'it is not a valid id' };
  return {
    ok: true,
    pack: {
      ...EXAMPLE_PACK,
      id: packId,
      council: name,
      changelog: [{ version: 1, date: EXAMPLE_PACK.issued, changes: `First pack for ${name}.` }],
    },
  };
}
