/** Wording of first-run setup and the profile in Settings. */
export const PROFILE_TEXT = {
  setupHeading: 'Set up Councillor Post Check',
  setupIntro: "Tell us a little about yourself. The checks use this to tell your own details and committees apart from other people's. It stays on this computer.",
  settingsHeading: 'Your details',
  name: 'Your name',
  nameHint: 'As you sign your posts, for example Cllr Jane Smith.',
  council: 'Your council',
  councilHint: 'For example Cambridgeshire County Council.',
  ward: 'Ward or division',
  wardHint: 'Optional.',
  committees: 'Committees you sit on',
  committeesHint: 'Select all that apply. Posts about matters these committees will decide are checked more closely.',
  otherCommittees: 'Other committees',
  otherCommitteesHint: 'One on each line.',
  contacts: 'Your public contact details',
  contactsHint: 'Your council email, office phone or surgery address: details you are happy to publish. One on each line.',
  usualCapacity: 'You usually post as',
  save: 'Save and continue',
  saveSettings: 'Save your details',
  saved: 'Your details have been saved.',
  errorSummary: 'There is a problem',
  errors: {
    nameMissing: 'Enter your name',
    councilMissing: 'Enter the name of your council',
    tooLong: (label: string, max: number) => `${label} must be ${max} characters or fewer`,
    tooMany: (label: string, max: number) => `${label}: enter ${max} or fewer`,
  },
  errorPrefix: 'Error:',
};

/** Committees most councillors sit on, offered as ticks; others are typed. */
export const COMMON_COMMITTEES = [
  'Planning Committee',
  'Licensing Committee',
  'Cabinet',
  'Overview and Scrutiny Committee',
  'Audit Committee',
  'Standards Committee',
  'Health and Wellbeing Board',
] as const;
