import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

const CROSSING = 'The Mill Road crossing consultation opens on Monday. Have your say!';
const GRITTERS = 'Gritters are out tonight on the A14, so take care on the roads.';
const SURGERY = 'My ward surgery is at the library on Saturday from 10 till 12.';

async function writeDraft(page: Page, text: string): Promise<void> {
  const editor = page.getByLabel('Your post');
  await expect(editor).toBeVisible();
  // The shortcut is covered in keyboard.spec.ts; here the button starts each draft.
  await page.getByRole('button', { name: /^New draft/ }).click();
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('');
  await editor.fill(text);
  await expect(page.getByText('Saved just now')).toBeVisible();
}

async function copyForX(page: Page): Promise<void> {
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog');
  for (const question of await dialog.getByRole('checkbox').all()) await question.check();
  await dialog.getByRole('button', { name: 'Copy for X' }).click();
  await expect(dialog.getByRole('heading', { name: 'Copied. Open X?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Not now' }).click();
}

function itemsOf(page: Page) {
  return page.locator('.history-item');
}

async function openHistory(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeFocused();
}

test.describe('history', () => {
  test('lists every draft newest first, searches and filters them, and shows the record of a copied one', async ({ app }) => {
    const { page } = app;
    await writeDraft(page, CROSSING);
    await writeDraft(page, GRITTERS);
    await copyForX(page);
    await writeDraft(page, SURGERY);

    await openHistory(page);
    await expect(page.getByRole('heading', { name: '3 drafts' })).toBeVisible();
    await expect(itemsOf(page).getByRole('heading', { level: 3 })).toHaveText([SURGERY, GRITTERS, CROSSING]);
    await expect(itemsOf(page).nth(1)).toContainText('Copied');
    await expectAccessible(page, 'history');
    await saveScreenshot(page, '07-history');

    await page.getByLabel('Search your drafts').fill('gritters');
    await expect(itemsOf(page).getByRole('heading', { level: 3 })).toHaveText([GRITTERS]);
    await page.getByLabel('Search your drafts').fill('');
    await page.getByLabel('Status').selectOption('checked');
    await expect(itemsOf(page).getByRole('heading', { level: 3 })).toHaveText([SURGERY, CROSSING]);
    await page.getByLabel('Platform').selectOption('facebook');
    await expect(page.getByRole('heading', { name: 'No drafts found' })).toBeVisible();
    await expect(page.getByText('No drafts match. Try other words or clear the filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(itemsOf(page)).toHaveCount(3);
    await page.getByLabel('From', { exact: true }).fill('2026-11-21');
    await page.getByLabel('To', { exact: true }).fill('2026-11-20');
    await expect(page.getByText('The “from” date must be on or before the “to” date.')).toBeVisible();
    await page.getByLabel('From', { exact: true }).fill('2026-11-20');
    await expect(itemsOf(page)).toHaveCount(3);

    // The copied draft keeps its record: rules, findings, decisions, answers and time.
    const copied = itemsOf(page).filter({ hasText: GRITTERS });
    await copied.getByRole('button', { name: 'Details' }).click();
    await expect(copied.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true');
    const record = copied.getByRole('region', { name: /Copied for X on 20 Nov 2026/ });
    await expect(record).toContainText('Rules: members-code, version 1');
    await expect(record).toContainText('Posted as: Councillor');
    await expect(record).toContainText('Nothing was found.');
    await expect(record).toContainText('I have checked the facts and I am confident they are accurate. Yes');
    await expectAccessible(page, 'history with a record open');
    await saveScreenshot(page, '09-history-record');
  });

  test('opens, duplicates, deletes with undo, and exports drafts', async ({ app }) => {
    const { page } = app;
    await writeDraft(page, CROSSING);
    await writeDraft(page, GRITTERS);
    await openHistory(page);

    await itemsOf(page).filter({ hasText: CROSSING }).getByRole('button', { name: 'Duplicate' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Draft duplicated.' })).toBeVisible();
    await expect(itemsOf(page).getByRole('heading', { level: 3 })).toHaveText([CROSSING, GRITTERS, CROSSING]);

    await itemsOf(page).filter({ hasText: GRITTERS }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Draft deleted.' })).toBeVisible();
    await expect(itemsOf(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Draft restored.' })).toBeVisible();
    await expect(itemsOf(page).getByRole('heading', { level: 3 })).toHaveText([CROSSING, GRITTERS, CROSSING]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all as JSON' }).first().click();
    const all = await download;
    const json = JSON.parse(await readFile((await all.path()) ?? '', 'utf8')) as unknown;
    expect(JSON.stringify(json)).toContain(GRITTERS);
    expect(JSON.stringify(json)).toContain(CROSSING);
    await expect(page.getByRole('status')).toContainText(`Exported ${all.suggestedFilename()}`);

    const one = page.waitForEvent('download');
    await itemsOf(page).filter({ hasText: GRITTERS }).getByRole('button', { name: 'Details' }).click();
    await itemsOf(page).filter({ hasText: GRITTERS }).getByRole('button', { name: 'Export CSV' }).click();
    const csv = await readFile((await (await one).path()) ?? '', 'utf8');
    expect(csv).toContain(GRITTERS);
    expect(csv).not.toContain(CROSSING);

    await itemsOf(page).filter({ hasText: GRITTERS }).getByRole('button', { name: 'Open' }).click();
    await expect(page.getByLabel('Your post')).toHaveValue(GRITTERS);
    await expect(page.getByLabel('Your post')).toBeFocused();
  });
});
