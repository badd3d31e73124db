/** Wording of the Settings screen. */
export const SETTINGS_TEXT = {
  heading: 'Settings',
  rulesHeading: 'Rules',
  appearanceHeading: 'Appearance',
  theme: 'Colours',
  themes: { system: 'Same as this computer', light: 'Light', dark: 'Dark' },
  platformsHeading: 'Platforms for a new draft',
  platformsHint: 'A new draft starts with these platforms chosen.',
  dataHeading: 'Your data',
  dataIntro: 'Your drafts, the records of your checks and your settings are kept only on this computer. Nothing is sent anywhere unless you copy it yourself.',
  dataFolder: 'Stored in',
  dataExport: 'You can export everything, for example to show your Monitoring Officer what you checked.',
  saved: 'Saved.',
};
