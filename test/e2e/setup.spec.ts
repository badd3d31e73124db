import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

test.describe('first run', () => {
  test.use({ profile: null });

  test('asks for the councillor’s details, explains what is missing, then opens the editor', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1, name: 'Set up Councillor Post Check' })).toBeVisible();
    await expect(page.getByText("Rules: Members' Code v1")).toBeVisible();
    await expectAccessible(page, 'first-run setup');
    await saveScreenshot(page, '01-first-run-setup');

    await page.getByRole('button', { name: 'Save and continue' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText('Enter your name');
    await expect(summary).toContainText('Enter the name of your council');
    await expect(summary).toBeFocused();
    await expectAccessible(page, 'first-run setup with errors');
    await saveScreenshot(page, '02-first-run-errors');

    await page.getByLabel('Your name').fill('Cllr Jane Smith');
    await page.getByLabel('Your council').fill('Example County Council');
    await page.getByLabel('Ward or division').fill('Castle');
    await page.getByLabel('Planning Committee').check();
    await page.getByLabel('Licensing Committee').check();
    await page.getByLabel('Other committees').fill('Highways Joint Committee');
    await page.getByLabel('Your public contact details').fill('jane.smith@example.gov.uk\n01632 960123');
    await page.getByRole('radio', { name: /Campaign/ }).check();
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await expect(page.getByLabel('Your post')).toBeFocused();
    await expect(page.getByLabel('Posting as')).toHaveValue('campaign');
    expect(app.services.settings.profile()).toEqual({
      name: 'Cllr Jane Smith',
      council: 'Example County Council',
      ward: 'Castle',
      committees: ['Planning Committee', 'Licensing Committee', 'Highways Joint Committee'],
      contacts: ['jane.smith@example.gov.uk', '01632 960123'],
      usualCapacity: 'campaign',
    });
  });

  test('keeps the details after a restart and lets them be changed in Settings', async ({ app }) => {
    let { page } = app;
    await page.getByLabel('Your name').fill('Cllr Jane Smith');
    await page.getByLabel('Your council').fill('Example County Council');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByLabel('Your post')).toBeVisible();

    page = await app.restart();
    await expect(page.getByLabel('Your post')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
    await expect(page.getByLabel('Your name')).toHaveValue('Cllr Jane Smith');
    await expect(page.getByText("The bundled Members' Code is active.")).toBeVisible();
    await expectAccessible(page, 'settings');
    await saveScreenshot(page, '08-settings');

    await page.getByLabel('Ward or division').fill('Market');
    await page.getByRole('button', { name: 'Save your details' }).click();
    await expect(page.getByText('Your details have been saved.')).toBeVisible();
    expect(app.services.settings.profile()?.ward).toBe('Market');
  });
});
