import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

test('a damaged settings file is kept aside, the councillor is told, and their drafts are still there', async ({ app }) => {
  let { page } = app;
  await page.getByLabel('Your post').fill('Library opening hours are changing from January.');
  await expect(page.getByText('Saved just now')).toBeVisible();

  writeFileSync(join(app.dataDir, 'settings.json'), '{ this is not JSON');
  page = await app.restart();

  const notice = page.getByRole('alert').filter({ hasText: 'Important' });
  await expect(notice).toContainText('Your profile and settings could not be read. The damaged file was kept as');
  expect(readdirSync(app.dataDir).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
  // The profile went with the damaged file, so setup asks again; the draft is safe.
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Councillor Post Check' })).toBeVisible();
  await expectAccessible(page, 'setup after a damaged file');
  await saveScreenshot(page, '13-damaged-file-notice');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();

  await page.getByLabel('Your name').fill('Cllr Jane Smith');
  await page.getByLabel('Your council').fill('Example County Council');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByLabel('Your post')).toHaveValue('Library opening hours are changing from January.');
});
