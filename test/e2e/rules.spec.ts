import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { envelopeText, signEnvelope } from '../../src/pack/envelope.js';
import { fingerprintOf, generateKeyPair, signerFromPem } from '../../src/cli/pack-crypto.js';
import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

/** A council's pack as its Monitoring Officer signs it: the exact payload bytes in a signed envelope. */
function signedPack(version: number, keys = generateKeyPair(), extraMatters: Array<{ ref: string; title: string }> = []) {
  const pack = {
    id: 'example-county',
    version,
    council: 'Example County Council',
    issued: '2026-11-01',
    expires: '2027-05-01',
    contact: { name: 'Sam Patel', role: 'Monitoring Officer', email: 'monitoring.officer@example.gov.uk', phone: '01632 960000' },
    nextSigningKeys: [keys.publicPem],
    pendingMatters: [{ ref: '24/01234/FUL', title: 'Land east of Station Road: 40 homes', committee: 'Planning Committee' }, ...extraMatters],
  };
  const payload = new TextEncoder().encode(JSON.stringify(pack, null, 2));
  const file = envelopeText(signEnvelope(payload, signerFromPem(keys.privatePem)));
  return { buffer: Buffer.from(file), fingerprint: fingerprintOf(keys.publicPem), keys };
}

function goTo(page: Page, screen: 'Write' | 'Settings') {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen }).click();
}

test.describe('rule packs', () => {
  test('installs a signed pack from a file once its key is confirmed, and checks with it at once', async ({ app }) => {
    const { page } = app;
    const editor = page.getByLabel('Your post');
    await editor.fill('I will be voting against 24/01234/FUL.');
    await expect(page.locator('#findings-summary')).toHaveText('Nothing to fix. Read it once more before you post.');

    await goTo(page, 'Settings');
    await expect(page.getByText("The bundled Members' Code is active.")).toBeVisible();
    const { buffer, fingerprint, keys } = signedPack(3);
    await page.getByLabel('Rule pack file').setInputFiles({ name: 'example-county.postcheck-pack', mimeType: 'application/json', buffer });

    const dialog = page.getByRole('dialog', { name: 'Check this rule pack with your Monitoring Officer' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Sam Patel, Monitoring Officer');
    await expect(dialog).toContainText('example-county, version 3');
    const grouped = fingerprint.match(/.{1,4}/g)?.join(' ') ?? '';
    await expect(dialog.locator('code')).toHaveText(grouped);
    await expect(dialog.getByRole('heading', { name: 'Check this rule pack with your Monitoring Officer' })).toBeFocused();
    await expectAccessible(page, 'trust question');
    await saveScreenshot(page, '15-trust');

    // Escape means "decide later": the bundled rules stay in use until the key is trusted.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Rules: Members' Code v1")).toBeVisible();
    await page.getByRole('button', { name: 'Check the key' }).click();
    await expect(dialog).toBeVisible();

    await dialog.getByRole('button', { name: 'I have confirmed this key — trust it' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v3');
    const rules = page.getByRole('region', { name: 'Rules' });
    await expect(rules).toContainText("Your council's rules (Example County Council) are active");
    await expect(rules).toContainText(grouped);
    await expectAccessible(page, 'rules');
    await saveScreenshot(page, '14-rules');

    // An older version, even signed by the trusted key, is refused in one sentence, and v3 is kept.
    const older = signedPack(2, keys);
    await page.getByLabel('Rule pack file').setInputFiles({ name: 'example-county-v2.postcheck-pack', mimeType: 'application/json', buffer: older.buffer });
    await expect(rules.getByRole('alert')).toContainText('The last change to your rules did not work');
    await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v3');

    await goTo(page, 'Write');
    await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting');
    await expect(page.locator('.editor__mark--block')).toHaveCount(1);
  });
});

test.describe('rules that need attention', () => {
  test.use({ councilPack: { id: 'example-county', version: 5, council: 'Example County Council', expires: '2026-10-31' } });

  test('warns in words when the rules are out of date, checks a subscription address, and refuses a dropped file that is not a pack', async ({ app }) => {
    const { page } = app;
    const banner = page.getByRole('banner');
    await expect(banner).toContainText('Rules: Example County Council v5');
    await expect(banner).toContainText('Your rules are out of date: ask your Monitoring Officer');

    await goTo(page, 'Settings');
    const rules = page.getByRole('region', { name: 'Rules' });
    await expect(rules).toContainText('Your rules are out of date: ask your Monitoring Officer for the current pack.');

    const address = page.getByLabel('Web address or shared drive path');
    await rules.getByRole('button', { name: 'Subscribe' }).click();
    await expect(rules).toContainText('Enter the web address or shared drive path your Monitoring Officer gave you');
    await expect(address).toBeFocused();
    await address.fill('http://www.example.gov.uk/rules.postcheck-pack');
    await rules.getByRole('button', { name: 'Subscribe' }).click();
    await expect(rules).toContainText('Enter a web address that starts with https://');
    await expect(address).toHaveAttribute('aria-invalid', 'true');

    // Dropping a file onto the section installs it the same way as choosing it.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{"notes": "not a pack"}'], 'notes.json', { type: 'application/json' }));
      return transfer;
    });
    await rules.dispatchEvent('drop', { dataTransfer });
    await expect(rules.getByRole('alert')).toContainText('The last change to your rules did not work');
    await expect(banner).toContainText('Rules: Example County Council v5');
    await expectAccessible(page, 'rules with a problem');
    await saveScreenshot(page, '16-rules-problem');
  });
});

test.describe('a subscription on the council shared drive', () => {
  test('asks about the key, respects "Don’t trust it", then installs and updates on Check now, accepts a replaced key only once confirmed, and keeps the rules when the file goes missing', async ({ app }) => {
    const { page } = app;
    const share = mkdtempSync(join(tmpdir(), 'post-check-share-'));
    const location = join(share, 'rules.postcheck-pack');
    try {
      const first = signedPack(3);
      writeFileSync(location, first.buffer);
      await goTo(page, 'Settings');
      const rules = page.getByRole('region', { name: 'Rules' });
      await page.getByLabel('Web address or shared drive path').fill(location);
      await rules.getByRole('button', { name: 'Subscribe' }).click();

      // The first pack from a council waits for its key to be confirmed; refusing keeps the bundled rules.
      const dialog = page.getByRole('dialog', { name: 'Check this rule pack with your Monitoring Officer' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Don’t trust it' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('You did not trust this key, so the rule pack was not installed.')).toBeVisible();
      await expect(rules).toContainText('You did not trust the pack’s key, so it was not installed.');
      await expect(page.getByRole('banner')).toContainText("Rules: Members' Code v1");

      // Check now asks again, and trusting installs it.
      await rules.getByRole('button', { name: 'Check now' }).click();
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'I have confirmed this key — trust it' }).click();
      await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v3');
      await expect(rules).toContainText(location);

      // The Monitoring Officer publishes version 4 with a new application: Check now installs it and says what changed.
      writeFileSync(location, signedPack(4, first.keys, [{ ref: '25/00077/OUT', title: 'Former dairy, Mill Lane' }]).buffer);
      await rules.getByRole('button', { name: 'Check now' }).click();
      await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v4');
      await expect(rules.getByRole('heading', { name: 'What changed in the last update' })).toBeVisible();
      await expect(rules.getByRole('listitem').filter({ hasText: /^added .*25\/00077\/OUT/ })).toHaveCount(1);
      await expect(rules).toContainText('Version 4 was installed.');

      // The Monitoring Officer lost their key and signs version 5 with a new one: refused, but the
      // councillor can check the new key and trust it.
      const newKey = generateKeyPair();
      writeFileSync(location, signedPack(5, newKey, [{ ref: '25/00077/OUT', title: 'Former dairy, Mill Lane' }]).buffer);
      await rules.getByRole('button', { name: 'Check now' }).click();
      await expect(rules.getByRole('alert')).toContainText('if your Monitoring Officer has changed their key, check the new one with them before you trust it');
      await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v4');
      await expect(dialog).toContainText('now signed with a different key');
      await expect(dialog.locator('code')).toHaveText(fingerprintOf(newKey.publicPem).match(/.{1,4}/g)?.join(' ') ?? '');
      await dialog.getByRole('button', { name: 'I have confirmed this key — trust it' }).click();
      await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v5');

      // The share is unavailable: one sentence, and version 5 stays in use.
      rmSync(location);
      await rules.getByRole('button', { name: 'Check now' }).click();
      await expect(rules.getByRole('alert')).toContainText(`The pack file ${location} could not be read, so your current rules are still in use.`);
      await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v5');
      await expectAccessible(page, 'rules with a subscription');
      await saveScreenshot(page, '17-rules-subscription');

      await goTo(page, 'Write');
      await page.getByLabel('Your post').fill('The former dairy on Mill Lane (25/00077/OUT) must be refused.');
      await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting');
    } finally {
      rmSync(share, { recursive: true, force: true });
    }
  });
});
