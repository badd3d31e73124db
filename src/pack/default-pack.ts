import base from './default/pack.json' with { type: 'json' };
import abuse from './default/vocabulary/abuse.json' with { type: 'json' };
import confidential from './default/vocabulary/confidential.json' with { type: 'json' };
import copyright from './default/vocabulary/copyright.json' with { type: 'json' };
import councilBranding from './default/vocabulary/council-branding.json' with { type: 'json' };
import defamation from './default/vocabulary/defamation.json' with { type: 'json' };
import electionPeriod from './default/vocabulary/election-period.json' with { type: 'json' };
import financialInterest from './default/vocabulary/financial-interest.json' with { type: 'json' };
import haste from './default/vocabulary/haste.json' with { type: 'json' };
import personalData from './default/vocabulary/personal-data.json' with { type: 'json' };
import predetermination from './default/vocabulary/predetermination.json' with { type: 'json' };
import references from './default/vocabulary/references.json' with { type: 'json' };
import safety from './default/vocabulary/safety.json' with { type: 'json' };
import type { Category } from '../engine/finding.js';
import { RulePack, type RulePackInput } from './schema.js';

/**
 * The bundled default pack: the Members' Code with no local data. Its word lists are data,
 * one JSON file per check in default/vocabulary/, so a council's pack can add to or remove
 * from any of them under the key "category/list".
 */

const WORD_LISTS: Record<Category, Record<string, string[]>> = {
  abuse,
  confidential,
  copyright,
  'council-branding': councilBranding,
  defamation,
  'election-period': electionPeriod,
  'financial-interest': financialInterest,
  haste,
  'personal-data': personalData,
  predetermination,
  references,
  safety,
};

function vocabulary(): NonNullable<RulePackInput['vocabulary']> {
  const out: NonNullable<RulePackInput['vocabulary']> = {};
  for (const [category, lists] of Object.entries(WORD_LISTS)) {
    for (const [list, phrases] of Object.entries(lists)) out[`${category}/${list}`] = { add: phrases };
  }
  return out;
}

export const DEFAULT_PACK_INPUT: RulePackInput = { ...base, vocabulary: vocabulary() };

let parsed: RulePack | undefined;

/** The bundled default pack, validated (once) by the same schema as every council's pack. */
export function defaultPack(): RulePack {
  parsed ??= RulePack.parse(DEFAULT_PACK_INPUT);
  return parsed;
}
