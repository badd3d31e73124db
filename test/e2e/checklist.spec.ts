import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

// A Part 2 leak (fix before posting) and, in the same post, words worth a second look.
const POST = 'In the Part 2 session tonight we agreed to sell the car park. What an idiot the leader is.';

const QUESTIONS = [
  'I have checked the facts and I am confident they are accurate.',
  'I am not posting in haste, tired or after a drink.',
  'I am happy for this to be public for a long time and quoted by the press.',
  'The words and images are my own, or I have permission to use them.',
  'It is clear whether I am posting as a councillor or personally.',
];

test.describe('the checklist before copying', () => {
  test('refuses to copy until every finding has a way forward and every question is ticked, then copies the exact text', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Your post').fill(POST);
    await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting · 1 to check');

    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAccessibleName('Check before you copy for X');
    await expect(dialog.getByRole('heading', { name: 'Check before you copy for X' })).toBeFocused();
    const copy = dialog.getByRole('button', { name: 'Copy for X' });
    await expect(copy).toBeDisabled();
    await expect(dialog.locator('#checklist-missing')).toContainText('You cannot copy yet:');
    await expect(dialog.locator('#checklist-missing li')).toHaveText([
      'fix or override 1 thing marked “Fix before posting”',
      'say you have checked 1 thing marked “Check this”, or why it is not a problem',
      'tick 5 more questions',
    ]);
    await expect(dialog.getByRole('checkbox')).toHaveCount(QUESTIONS.length + 1);
    for (const question of QUESTIONS) await expect(dialog.getByLabel(question)).not.toBeChecked();
    await expectAccessible(page, 'checklist');
    await saveScreenshot(page, '04-checklist-incomplete');

    // Pressing Copy anyway puts nothing on the clipboard.
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('#checklist-missing')).toHaveClass(/checklist__missing--shown/);
    expect(app.clipboard).toEqual([]);

    // Override the Part 2 finding: the reason must be written.
    await dialog.getByLabel('Override with a reason').check();
    await expect(dialog.locator('#checklist-missing li')).toContainText(['write a reason']);
    await dialog.getByRole('group', { name: /Part 2 session/ }).getByLabel('Your reason').fill('The decision was announced in public at full council this evening.');
    // The insult: not a problem here, with a reason.
    await dialog.getByLabel('Not a problem here').check();
    await dialog.getByRole('group', { name: /idiot/ }).getByLabel('Your reason').fill('Quoting a resident’s words about the leader, in a story about civility.');
    for (const question of QUESTIONS.slice(0, 4)) await dialog.getByLabel(question).check();
    await expect(dialog.locator('#checklist-missing li')).toHaveText(['tick 1 more question']);
    await expect(copy).toBeDisabled();
    await dialog.getByLabel(QUESTIONS[4] ?? '').check();
    await expect(copy).toBeEnabled();
    await saveScreenshot(page, '05-checklist-complete');

    await copy.click();
    await expect(dialog.getByRole('heading', { name: 'Copied. Open X?' })).toBeFocused();
    await expect(dialog).toHaveAccessibleName('Copied. Open X?');
    expect(app.clipboard).toEqual([POST]);
    await expectAccessible(page, 'copied');
    await saveScreenshot(page, '06-copied');

    await dialog.getByRole('button', { name: 'Open X' }).click();
    await expect(dialog.getByRole('status')).toHaveText('X opened in your browser.');
    expect(app.opened).toEqual([`https://x.com/intent/post?text=${encodeURIComponent(POST)}`]);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Your post')).toBeFocused();
    await expect(page.getByText(/You copied this post for X on/)).toBeVisible();

    // Main kept the record of the check with the draft.
    const draft = app.services.history.get(app.services.history.lastDraftId() ?? '');
    expect(draft.status).toBe('copied');
    expect(draft.copies).toEqual([
      expect.objectContaining({
        platform: 'x',
        text: POST,
        pack: { id: 'members-code', version: 1, hash: null },
        decisions: [
          { findingKey: expect.stringMatching(/^confidential\|\w+\|Part 2 session$/), kind: 'override', reason: 'The decision was announced in public at full council this evening.' },
          { findingKey: expect.stringMatching(/^abuse\|\w+\|idiot$/), kind: 'not-a-problem', reason: 'Quoting a resident’s words about the leader, in a story about civility.' },
        ],
        checklist: QUESTIONS.map((text) => expect.objectContaining({ text, answer: true })),
      }),
    ]);
  });

  test('keeps focus inside, closes on Escape, and sends the councillor to the words to fix', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Your post').fill(POST);
    await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting · 1 to check');
    await page.getByRole('button', { name: /Check & copy for X/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Check before you copy for X' });

    // Tab from the last control comes back to the first, and Shift+Tab goes the other way.
    await dialog.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: /I'll fix “Part 2 session” in the post/ })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Your post')).toBeFocused();

    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('button', { name: /I'll fix “Part 2 session” in the post/ }).click();
    await expect(dialog).toBeHidden();
    const editor = page.getByLabel('Your post');
    await expect(editor).toBeFocused();
    expect(await editor.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd))).toBe('Part 2 session');

    // Once fixed, it is no longer in the checklist.
    await editor.fill('Tonight the council agreed to sell the car park. What an idiot the leader is.');
    await expect(page.locator('#findings-summary')).toHaveText('1 to check');
    await page.keyboard.press('Control+Enter');
    await expect(dialog.getByRole('heading', { name: 'Fix before posting' })).toHaveCount(0);
    await expect(dialog.locator('#checklist-missing li').first()).toHaveText('say you have checked 1 thing marked “Check this”, or why it is not a problem');
  });

  test.describe('when the window and main disagree', () => {
    test.use({ profile: { name: 'Cllr Jane Smith', council: 'Example County Council', committees: [], contacts: ['07700 900123'], usualCapacity: 'councillor' } });

    test('shows main’s refusal and copies nothing', async ({ app }) => {
      const { page } = app;
      const post = 'Ring 07700 900123 for help with the gritting.';
      await page.getByLabel('Your post').fill(post);
      // The window knows the number as the councillor's own.
      await expect(page.locator('#findings-summary')).toHaveText('Nothing to fix. Read it once more before you post.');
      await page.keyboard.press('Control+Enter');
      const dialog = page.getByRole('dialog', { name: 'Check before you copy for X' });
      await expect(dialog.getByText('Nothing to fix or check in this post.')).toBeVisible();
      // Main's profile no longer lists it (changed behind the window's back), so main's own check stops the copy.
      const profile = app.services.settings.profile();
      if (!profile) throw new Error('the profile should have been saved');
      app.services.settings.saveProfile({ ...profile, contacts: [] });
      for (const question of QUESTIONS) await dialog.getByLabel(question).check();
      await dialog.getByRole('button', { name: 'Copy for X' }).click();
      await expect(dialog.getByRole('alert')).toContainText('There is a problem');
      await expect(dialog.getByRole('alert')).toContainText('Before copying, fix this or override it with a written reason: “07700 900123”.');
      await expect(dialog.getByRole('heading', { name: 'Check before you copy for X' })).toBeVisible();
      expect(app.clipboard).toEqual([]);
    });
  });
});
