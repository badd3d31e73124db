import type { Category, Severity } from '../../src/engine/finding.js';

/** The word shown with each severity, everywhere a finding appears. */
export const SEVERITY_WORDS = {
  block: 'Fix before posting',
  warn: 'Check this',
  advise: 'Tip',
} as const satisfies Record<Severity, string>;

/** A short plain heading for each kind of finding. */
export const CATEGORY_HEADINGS = {
  predetermination: 'Sounds as if you have already decided',
  confidential: 'Confidential council business',
  'personal-data': "Someone's personal details",
  'council-branding': 'Speaking for the council',
  'election-period': 'Election rules',
  abuse: 'Could read as disrespectful',
  defamation: 'A claim that could be defamatory',
  'financial-interest': 'Your own business interests',
  references: 'A reference or endorsement',
  copyright: "Someone else's words or pictures",
  haste: 'Posting in haste',
  safety: 'Your own safety',
} as const satisfies Record<Category, string>;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const SUMMARY = {
  empty: 'Start typing your post. It is checked as you type.',
  nothing: 'Nothing to fix. Read it once more before you post.',
  toFix: (count: number) => `${plural(count, 'thing', 'things')} to fix before posting`,
  toCheck: (count: number) => `${count} to check`,
  tips: (count: number) => plural(count, 'tip', 'tips'),
  nothingToFix: 'Nothing to fix',
  settled: (count: number) => `${count} marked not a problem`,
  separator: ' · ',
};

export const FINDING_TEXT = {
  listHeading: 'What the check found',
  why: 'Why:',
  code: 'Code:',
  readClause: 'Read the clause',
  tryInstead: 'Try:',
  apply: 'Apply',
  applyLabel: (replacement: string) => `Apply: replace with “${replacement}”`,
  showInPost: 'Show these words in the post',
  notAProblem: 'Not a problem here…',
  notAProblemHeading: 'Why is this not a problem here?',
  notAProblemHint: 'Your reason is kept with the draft, so your Monitoring Officer can improve the rules.',
  saveReason: 'Save reason',
  cancel: 'Cancel',
  reasonRequired: 'Write a reason',
  errorPrefix: 'Error:',
  markedNotAProblem: (reason: string) => `You marked this not a problem: “${reason}”`,
  undoNotAProblem: 'Undo',
  checking: 'Checking…',
  checkerFailed: (message: string) => `The checks could not run: ${message}`,
  position: (index: number, total: number) => `Finding ${index} of ${total}`,
  announce: (position: string, severity: string, heading: string, excerpt: string) => `${position}. ${severity}: ${heading}. “${excerpt}”`,
  shortcutsHint: 'F8 and Shift+F8 move between findings.',
};
