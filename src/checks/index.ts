import type { Category } from '../engine/finding.js';
import type { CheckModule } from './types.js';
import abuse from './abuse.js';
import confidential from './confidential.js';
import copyright from './copyright.js';
import councilBranding from './council-branding.js';
import defamation from './defamation.js';
import electionPeriod from './election-period.js';
import financialInterest from './financial-interest.js';
import haste from './haste.js';
import personalData from './personal-data.js';
import predetermination from './predetermination.js';
import references from './references.js';
import safety from './safety.js';

/** Every built-in check, keyed by its category id (key-sorted). A category without a check does not compile. */
export const CHECKS = {
  abuse: abuse,
  confidential: confidential,
  copyright: copyright,
  'council-branding': councilBranding,
  defamation: defamation,
  'election-period': electionPeriod,
  'financial-interest': financialInterest,
  haste: haste,
  'personal-data': personalData,
  predetermination: predetermination,
  references: references,
  safety: safety,
} as const satisfies Record<Category, CheckModule<string, string>>;
