import { expect, test } from 'vitest';
import { EMPTY_PROFILE_FORM, formFromProfile, profileFromForm } from '../../../renderer/logic/profile.js';

test('an empty form says what to put right, field by field', () => {
  expect(profileFromForm({ ...EMPTY_PROFILE_FORM, name: '  ', ward: 'w'.repeat(201) })).toEqual({
    ok: false,
    errors: [
      { field: 'name', message: 'Enter your name' },
      { field: 'council', message: 'Enter the name of your council' },
      { field: 'ward', message: 'Ward or division must be 200 characters or fewer' },
    ],
  });
});

test('the profile takes ticked and typed committees and one contact per line, without repeats', () => {
  const result = profileFromForm({
    name: ' Cllr Jane Smith ',
    council: 'Example County Council',
    ward: '',
    committees: ['Planning Committee'],
    otherCommittees: 'Highways Joint Committee\n\n  highways joint committee ',
    contacts: 'jane.smith@example.gov.uk\r\n01632 960123\n',
    usualCapacity: 'campaign',
  });
  expect(result).toEqual({
    ok: true,
    profile: {
      name: 'Cllr Jane Smith',
      council: 'Example County Council',
      committees: ['Planning Committee', 'Highways Joint Committee'],
      contacts: ['jane.smith@example.gov.uk', '01632 960123'],
      usualCapacity: 'campaign',
    },
  });
  if (result.ok) expect(profileFromForm(formFromProfile(result.profile))).toEqual(result);
});
