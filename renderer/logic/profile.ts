import type { CouncillorProfile } from '../../src/bridge/contract.js';
import type { Capacity } from '../../src/engine/finding.js';
import { COMMON_COMMITTEES, PROFILE_TEXT } from '../text/profile.js';

/** The profile form as typed. */
export interface ProfileForm {
  readonly name: string;
  readonly council: string;
  readonly ward: string;
  /** Ticked committees from COMMON_COMMITTEES. */
  readonly committees: readonly string[];
  /** Other committees, one per line. */
  readonly otherCommittees: string;
  /** Own public contact details, one per line. */
  readonly contacts: string;
  readonly usualCapacity: Capacity;
}

export type ProfileField = 'name' | 'council' | 'ward' | 'otherCommittees' | 'contacts';

export interface FieldError {
  readonly field: ProfileField;
  readonly message: string;
}

export const EMPTY_PROFILE_FORM: ProfileForm = { name: '', council: '', ward: '', committees: [], otherCommittees: '', contacts: '', usualCapacity: 'councillor' };

function lines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim().replace(/\s+/g, ' ');
    if (trimmed && !seen.has(trimmed.toLowerCase())) {
      seen.add(trimmed.toLowerCase());
      out.push(trimmed);
    }
  }
  return out;
}

export function formFromProfile(profile: CouncillorProfile | null): ProfileForm {
  if (!profile) return EMPTY_PROFILE_FORM;
  const common = new Set<string>(COMMON_COMMITTEES);
  return {
    name: profile.name,
    council: profile.council,
    ward: profile.ward ?? '',
    committees: profile.committees.filter((committee) => common.has(committee)),
    otherCommittees: profile.committees.filter((committee) => !common.has(committee)).join('\n'),
    contacts: profile.contacts.join('\n'),
    usualCapacity: profile.usualCapacity,
  };
}

/**
 * Checks the form and builds the profile, or says what to put right, field by field, in the
 * order the fields appear.
 */
export function profileFromForm(form: ProfileForm): { ok: true; profile: CouncillorProfile } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = form.name.trim();
  const council = form.council.trim();
  const ward = form.ward.trim();
  const committees = [...form.committees, ...lines(form.otherCommittees)];
  const contacts = lines(form.contacts);
  const { errors: text } = PROFILE_TEXT;
  if (!name) errors.push({ field: 'name', message: text.nameMissing });
  else if (name.length > 200) errors.push({ field: 'name', message: text.tooLong(PROFILE_TEXT.name, 200) });
  if (!council) errors.push({ field: 'council', message: text.councilMissing });
  else if (council.length > 200) errors.push({ field: 'council', message: text.tooLong(PROFILE_TEXT.council, 200) });
  if (ward.length > 200) errors.push({ field: 'ward', message: text.tooLong(PROFILE_TEXT.ward, 200) });
  if (committees.length > 50) errors.push({ field: 'otherCommittees', message: text.tooMany(PROFILE_TEXT.committees, 50) });
  else if (committees.some((committee) => committee.length > 200)) errors.push({ field: 'otherCommittees', message: text.tooLong('Each committee', 200) });
  if (contacts.length > 50) errors.push({ field: 'contacts', message: text.tooMany(PROFILE_TEXT.contacts, 50) });
  else if (contacts.some((contact) => contact.length > 300)) errors.push({ field: 'contacts', message: text.tooLong('Each contact detail', 300) });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, profile: { name, council, ...(ward ? { ward } : {}), committees, contacts, usualCapacity: form.usualCapacity } };
}
