import { expect, test } from './harness/fixtures.js';

const POST = 'Roadworks on Hills Road start on Monday for two weeks. Buses will divert via Station Road.';

test.describe('where they left off', () => {
  test('reopens the last draft, with its platforms, capacity and posting time, after a reload and after a restart', async ({ app }) => {
    let { page } = app;
    const editor = page.getByLabel('Your post');
    await editor.fill(POST);
    await page.getByRole('checkbox', { name: 'Facebook' }).check();
    await page.getByLabel('Posting as').selectOption('personal');
    await page.getByLabel('Later').check();
    await page.getByLabel('Date').fill('2026-11-23');
    await page.getByLabel('Time').fill('08:30');
    await expect(page.getByText('Saved just now')).toBeVisible();
    await expect.poll(() => app.services.history.all()[0]?.postAt ?? null).toBe('2026-11-23T08:30:00Z');

    await page.reload();
    await expect(page.getByLabel('Your post')).toHaveValue(POST);
    // The reopened draft is checked straight away, without waiting for a keystroke.
    await expect(page.getByRole('list', { name: 'Length' }).getByRole('listitem')).toHaveText([`X ${POST.length}/280`, 'Facebook ok']);
    await expect(page.getByRole('checkbox', { name: 'Facebook' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'X', exact: true })).toBeChecked();
    await expect(page.getByLabel('Posting as')).toHaveValue('personal');
    await expect(page.getByLabel('Later')).toBeChecked();
    await expect(page.getByLabel('Date')).toHaveValue('2026-11-23');
    await expect(page.getByLabel('Time')).toHaveValue('08:30');

    page = await app.restart();
    await expect(page.getByLabel('Your post')).toHaveValue(POST);
    await expect(page.getByRole('button', { name: /Check & copy for Facebook/ })).toBeVisible();
  });

  test('reopens the draft last opened from History, not the newest', async ({ app }) => {
    let { page } = app;
    await page.getByLabel('Your post').fill('The first draft, about the library. What an idiot the leader is.');
    await expect(page.getByText('Saved just now')).toBeVisible();
    await page.keyboard.press('Control+N');
    await page.getByLabel('Your post').fill('The second draft, about the bins.');
    await expect(page.getByText('Saved just now')).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await page.locator('.history-item').filter({ hasText: 'library' }).getByRole('button', { name: 'Open' }).click();
    await expect(page.getByLabel('Your post')).toHaveValue('The first draft, about the library. What an idiot the leader is.');

    page = await app.restart();
    await expect(page.getByLabel('Your post')).toHaveValue('The first draft, about the library. What an idiot the leader is.');
    await expect(page.locator('.editor__mark--warn')).toHaveText(['idiot']);
    await expect(page.locator('#findings-summary')).toHaveText('1 to check');
  });
});
