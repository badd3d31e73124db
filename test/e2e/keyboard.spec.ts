import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

test.describe('keyboard, zoom and themes', () => {
  test('starts with a skip link, and Ctrl+N starts a new draft from anywhere', async ({ app }) => {
    const { page } = app;
    await expect(page.getByLabel('Your post')).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await page.getByLabel('Your post').fill('Half a thought about the bus station.');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.keyboard.press('Control+N');
    await expect(page.getByLabel('Your post')).toBeFocused();
    await expect(page.getByLabel('Your post')).toHaveValue('');
    // The half-written draft was saved first.
    expect(app.services.history.all().map((draft) => draft.text)).toEqual(['Half a thought about the bus station.']);
  });

  test('reaches every control on the compose screen with Tab, in a sensible order', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Your post').fill('I will be voting against the Mill Road application.');
    await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting');
    await page.locator('main').focus();
    const names: string[] = [];
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return '';
        const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
        return (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
      });
      names.push(name);
      if (name.startsWith('Check & copy for X')) break;
    }
    expect(names).toEqual([
      'X',
      'Facebook',
      'Instagram',
      'LinkedIn',
      'Bluesky',
      'Threads',
      'Nextdoor',
      'Mastodon',
      'WhatsApp channel',
      'Posting as',
      'Now',
      'New draft (Ctrl+N)',
      'Your post',
      'Add pictures',
      'Sounds as if you have already decided',
      'Read the clause',
      'Not a problem here…',
      'Check & copy for X(Ctrl+Enter)',
    ]);
  });

  test('works at 200% text size without sideways scrolling', async ({ app }) => {
    const { page } = app;
    // A 1280 by 860 window at 200% zoom lays out like a 640 by 430 one.
    await page.setViewportSize({ width: 640, height: 430 });
    await page.getByLabel('Your post').fill('I will be voting against the Mill Road application. Call me on 07700 900123!!!');
    await expect(page.locator('#findings-summary')).toContainText('to fix before posting');
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'compose at 200%');
    await saveScreenshot(page, '10-compose-zoomed');
  });

  test('follows a dark operating system theme, and keeps enough contrast', async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Your post').fill('In the Part 2 session we agreed the sale. What an idiot the leader is!!!');
    await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting · 1 to check · 1 tip');
    await expectAccessible(page, 'compose in the dark theme');
    await saveScreenshot(page, '11-compose-dark');
    await page.keyboard.press('Control+Enter');
    await expectAccessible(page, 'checklist in the dark theme');
    await saveScreenshot(page, '12-checklist-dark');
  });

  test('announces findings politely once typing pauses', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Your post').pressSequentially('It must be refused.');
    const live = page.locator('[aria-live="polite"]').filter({ hasText: 'to fix before posting' });
    await expect(live).toHaveText('1 thing to fix before posting');
  });
});
