import type { RulePackInput } from './schema.js';

/**
 * A worked example of a council's pack: the template `post-check pack init` starts from,
 * and the pack every check's examples run against. The council and its data are fictional.
 */
export const EXAMPLE_PACK: RulePackInput = {
  $schema: './rule-pack.schema.json',
  id: 'example-council',
  version: 1,
  council: 'Example County Council',
  issued: '2026-11-01',
  expires: '2027-11-01',
  contact: { name: 'A. Officer', role: 'Monitoring Officer', email: 'monitoring.officer@example.gov.uk', phone: '01632 960001' },
  changelog: [{ version: 1, date: '2026-11-01', changes: 'First pack for Example County Council.' }],
  elections: [{ name: 'County council elections 2027', start: '2027-03-31', pollingDay: '2027-05-06' }],
  pendingMatters: [
    {
      ref: '24/01234/FUL',
      title: 'Land north of Mill Road: 120 dwellings',
      kind: 'planning',
      committee: 'Planning Committee',
      decisionDate: '2026-12-03',
      keywords: ['Mill Road flats'],
    },
    {
      ref: 'LIC/25/0042',
      title: 'Premises licence: The Anchor, Station Road',
      kind: 'licensing',
      committee: 'Licensing Sub-Committee',
      decisionDate: '2026-12-10',
      keywords: ['Anchor licence'],
    },
  ],
  confidentialMatters: [{ name: 'Guildhall car park disposal', keywords: ['Project Falcon'], until: '2027-06-30' }],
  publicContacts: [
    { label: 'Customer service centre', phone: '0345 045 5200', email: 'contact@example.gov.uk' },
    { label: 'Shire Hall', address: 'Shire Hall, 1 Castle Street, Exampleton EX1 1AA' },
  ],
  councilAccounts: [{ platform: 'x', handle: '@ExampleCC' }],
  rules: {},
  vocabulary: {},
  customRules: [
    {
      kind: 'phrase',
      id: 'project-names',
      category: 'confidential',
      severity: 'block',
      message: 'This names an internal project that has not been announced.',
      clause: 'Do not write or report on conversations, meetings or matters that are meant to be confidential or internal to the council.',
      phrases: ['Project Heron'],
      examples: { flag: ['Big news coming on Project Heron soon!'], pass: ['Herons are nesting by the river again.'] },
    },
  ],
  checklist: [{ id: 'declared-interests', text: 'I have declared any interest I have in what I am posting about.' }],
  examples: [
    { text: 'I will be voting against the Mill Road flats at committee.', labels: ['predetermination'] },
    { text: 'The Mill Road application will be decided at Planning Committee on 3 December.', labels: [] },
  ],
};
