import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { compileLogos, scanForLogos } from '../../src/image/index.js';
import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

/**
 * Monitoring Officer mode, through the real services: start a pack, edit it with forms, try a
 * post, publish it signed, and install what was published on the councillor's side.
 */

async function openMoMode(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'I publish rules for my council' }).click();
  await expect(page.getByRole('banner')).toContainText('Monitoring Officer mode');
}

async function startPack(page: Page): Promise<void> {
  await openMoMode(page);
  await expect(page.getByRole('heading', { name: 'Open or start a rule pack' })).toBeVisible();
  await expect(page.getByLabel('Council', { exact: true })).toHaveValue('Example County Council');
  await page.getByRole('button', { name: 'Start from the starter pack' }).click();
  await expect(page.getByRole('heading', { name: 'Council and contact', level: 2 })).toBeFocused();
}

function section(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Sections of the pack' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

function moNav(page: Page, name: 'Edit the rules' | 'Try it' | 'Publish' | 'Open or start a pack') {
  return page.getByRole('navigation', { name: 'Monitoring Officer mode' }).getByRole('link', { name });
}

test.describe('Monitoring Officer mode', () => {
  test('starts a pack, adds an application and an election, sees a post flagged, publishes it, and the councillor side flags it too', async ({ app }, testInfo) => {
    testInfo.setTimeout(90_000);
    const { page } = app;
    await startPack(page);
    await expect(page.locator('#mo-save-status')).toContainText('Saved');
    await expectAccessible(page, 'Monitoring Officer council details');
    await saveScreenshot(page, '30-mo-council');

    // A pending application, added with the form.
    await section(page, 'Pending matters').click();
    await page.getByRole('button', { name: 'Add a pending matter' }).click();
    await expect(page.getByLabel('Reference (optional)')).toBeFocused();
    await page.getByLabel('Reference (optional)').fill('25/00555/FUL');
    await page.getByLabel('Site or title', { exact: true }).fill('Land at Orchard Lane: 30 homes');
    await page.getByLabel('Deciding committee (optional)').fill('Planning Committee');
    await page.getByLabel('Decision date (optional)').fill('2027-01-14');
    await page.getByLabel('Other names (optional)').fill('Orchard Lane homes, Orchard Lane estate');
    await page.getByRole('button', { name: 'Done' }).click();
    const matters = page.getByRole('table', { name: 'Pending matters' });
    await expect(matters.getByRole('row', { name: /25\/00555\/FUL/ })).toContainText('14 January 2027');
    await expectAccessible(page, 'Monitoring Officer pending matters');
    await saveScreenshot(page, '31-mo-pending');

    // An election: polling day first, then the suggested notice of election date is accepted.
    await section(page, 'Elections').click();
    await page.getByRole('button', { name: 'Add an election' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Castle ward by-election');
    await page.getByLabel('Polling day').fill('2027-02-18');
    const suggestion = page.locator('#mo-elections-1-suggestion');
    await expect(suggestion).toContainText('Suggested: 14 January 2027, 25 working days before polling day, counting bank holidays.');
    await suggestion.getByRole('button', { name: 'Use 14 January 2027' }).click();
    await expect(page.getByLabel('Notice of election date (start of the pre-election period)')).toHaveValue('2027-01-14');
    await expect(suggestion).toContainText('This is the suggested date');
    await expectAccessible(page, 'Monitoring Officer elections');
    await saveScreenshot(page, '32-mo-elections');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('table', { name: 'Election periods' }).getByRole('row', { name: /Castle ward by-election/ })).toContainText('18 February 2027');

    // Try it: the post is flagged as councillors would see it, and the pack's tests pass.
    const post = 'I will be voting against the Orchard Lane homes at committee next month.';
    await moNav(page, 'Try it').click();
    await expect(page.getByRole('heading', { name: 'Try it', level: 1 })).toBeFocused();
    await page.getByLabel('Sample post').fill(post);
    const results = page.getByRole('region', { name: 'What councillors would see' });
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await expect(results).toContainText('Sounds as if you have already decided');
    await expect(results).toContainText('“will be voting against”');
    await expect(results).toContainText('Land at Orchard Lane: 30 homes (25/00555/FUL), which is due to be decided.');
    await expect(page.locator('#mo-tests-summary')).toHaveText(/^All \d+ tests pass\.$/);
    await expectAccessible(page, 'Monitoring Officer try it');
    await saveScreenshot(page, '33-mo-try');

    // Publish version 1: the key is made first, with its warning; the changelog line is required.
    await moNav(page, 'Publish').click();
    await expect(page.getByText('This will be version 1.')).toBeVisible();
    await expect(page.locator('#mo-diff')).toContainText('3 pending matters');
    const keySection = page.getByRole('region', { name: 'Your signing key' });
    await expect(keySection).toContainText('If it is lost, every councillor must confirm a new key with you');
    await keySection.getByRole('button', { name: 'Make the signing key now' }).click();
    await expect(keySection).toContainText('Your signing key is ready. Back it up now.');
    const fingerprint = (await page.locator('#mo-key-fingerprint').textContent()) ?? '';
    expect(fingerprint).toMatch(/^(\S{4} )+\S{1,4}$/);
    await expect(keySection.getByRole('button', { name: 'Back up the key…' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign and publish' }).click();
    await expect(page.getByText('Write what changed in this version')).toBeVisible();
    await expect(page.getByLabel('Changelog line')).toBeFocused();
    await page.getByLabel('Changelog line').fill('First rules for Example County Council.');
    await page.getByRole('button', { name: 'Sign and publish' }).click();
    await expect(page.getByRole('heading', { name: 'Version 1 is published' })).toBeVisible();
    await expect(page.locator('#mo-published-fingerprint')).toHaveText(fingerprint);

    // Version 2 says what changed since version 1, in words.
    await moNav(page, 'Edit the rules').click();
    await section(page, 'Pending matters').click();
    await page.getByRole('button', { name: 'Remove LIC/25/0042' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed LIC/25/0042.' })).toBeVisible();
    await moNav(page, 'Publish').click();
    await expect(page.getByText('This will be version 2.')).toBeVisible();
    await expect(page.getByText('Since version 1:')).toBeVisible();
    await expect(page.locator('#mo-diff')).toContainText('Removed pending licensing application LIC/25/0042');
    await page.getByLabel('Changelog line').fill('The Anchor licence has been decided.');
    // Also to the subscription folder on the shared drive.
    await page.getByRole('button', { name: 'Choose the folder…' }).click();
    await expect(page.getByLabel('Write it to the subscription folder')).toBeChecked();
    await expect(page.getByText(`Folder: ${app.publishFolder}`)).toBeVisible();
    await expectAccessible(page, 'Monitoring Officer publish');
    await saveScreenshot(page, '34-mo-publish');
    await page.getByRole('button', { name: 'Sign and publish' }).click();
    await expect(page.getByRole('heading', { name: 'Version 2 is published' })).toBeVisible();
    const inFolder = join(app.publishFolder, 'example-county-council.postcheck-pack');
    await expect(page.getByText(`Written to ${inFolder}`)).toBeVisible();
    await expectAccessible(page, 'Monitoring Officer published');
    await saveScreenshot(page, '35-mo-published');
    const published = app.savedFiles.at(-1) ?? '';
    expect(published).toMatch(/example-county-council\.postcheck-pack$/);
    expect(readFileSync(inFolder, 'utf8')).toBe(readFileSync(published, 'utf8'));

    // The councillor's side installs the published file, trusting the key the Monitoring Officer read out.
    await page.getByRole('button', { name: 'Back to the councillor’s side' }).click();
    await expect(page.getByRole('button', { name: 'I publish rules for my council' })).toBeFocused();
    await page.getByLabel('Rule pack file').setInputFiles({ name: 'example-county-council.postcheck-pack', mimeType: 'application/json', buffer: readFileSync(published) });
    const dialog = page.getByRole('dialog', { name: 'Check this rule pack with your Monitoring Officer' });
    await expect(dialog.locator('code')).toHaveText(fingerprint);
    await dialog.getByRole('button', { name: 'I have confirmed this key — trust it' }).click();
    await expect(page.getByRole('banner')).toContainText('Rules: Example County Council v2');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Write' }).click();
    await page.getByLabel('Your post').fill(post);
    await expect(page.locator('.finding')).toHaveCount(1);
    await expect(page.locator('.finding')).toContainText('Sounds as if you have already decided');
  });

  test('shows a problem beside its field, links to it from the summary, and will not publish until it is fixed, though a draft can be saved', async ({ app }) => {
    const { page } = app;
    await startPack(page);
    await section(page, 'Elections').click();
    await page.getByRole('button', { name: 'Edit County council elections 2027' }).click();
    await page.getByLabel('Polling day').fill('2027-03-01');

    const start = page.getByLabel('Notice of election date (start of the pre-election period)');
    const message = 'The pre-election period starts (2027-03-31) after polling day (2027-03-01): swap or correct the dates.';
    await expect(page.locator('#mo-elections-0-start-error')).toHaveText(`Error: ${message}`);
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAttribute('aria-describedby', /mo-elections-0-start-error/);
    await expect(page.locator('#mo-save-status')).toContainText('1 problem to fix');
    const summary = page.getByRole('heading', { name: 'There is 1 problem to fix before you can publish' });
    await expect(summary).toBeVisible();
    await expect(section(page, 'Elections')).toContainText('1 problem');
    await expectAccessible(page, 'Monitoring Officer problems');
    await saveScreenshot(page, '36-mo-problem');

    // The summary takes you to the field from anywhere in the editor.
    await section(page, 'Council and contact').click();
    await page.getByRole('link', { name: `Elections, County council elections 2027: ${message}` }).click();
    await expect(start).toBeFocused();

    await moNav(page, 'Publish').click();
    const publish = page.getByRole('button', { name: 'Sign and publish' });
    await expect(page.getByText('You cannot publish yet')).toBeVisible();
    await expect(page.getByText(/The pack cannot be published until its 1 problem is fixed \(the first is elections\[0\]\.start/)).toBeVisible();
    await expect(publish).toHaveAttribute('aria-disabled', 'true');
    // Still a button a keyboard reaches (so the reason is heard), but pressing it publishes nothing.
    await publish.click({ force: true });
    await expect(page.getByRole('heading', { name: /is published/ })).toHaveCount(0);
    await expectAccessible(page, 'Monitoring Officer publish refused');
    await saveScreenshot(page, '37-mo-publish-refused');

    await page.getByRole('button', { name: 'Save as draft…' }).click();
    const draft = app.savedFiles.at(-1) ?? '';
    await expect(page.getByText(`Saved a draft, unsigned, to ${draft}.`)).toBeVisible();
    expect(JSON.parse(readFileSync(draft, 'utf8')).elections[0]).toEqual({ name: 'County council elections 2027', start: '2027-03-31', pollingDay: '2027-03-01' });

    // Fixed: the problem goes, and publishing is possible again.
    await moNav(page, 'Edit the rules').click();
    await section(page, 'Elections').click();
    await page.getByRole('button', { name: 'Edit County council elections 2027' }).click();
    await page.getByLabel('Polling day').fill('2027-05-06');
    await expect(page.locator('#mo-save-status')).toContainText('No problems');
    await expect(start).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('offers to remove decided matters, adds pasted rows and the planning register, needs a reason to switch a rule off, and fingerprints a logo', async ({ app }, testInfo) => {
    testInfo.setTimeout(90_000);
    const { page } = app;
    await startPack(page);

    // Rows pasted from a spreadsheet: the good one is added, the bad ones are reported by line.
    await section(page, 'Pending matters').click();
    await page.getByLabel('Rows to add').fill(
      ['25/00601/FUL\tLand at Mill Lane: 12 homes\tplanning\tPlanning Committee\t01/10/2026\tMill Lane homes', '25/00602/FUL\tThe old dairy\tappeal\t\t\t', '25/00603/FUL\tx\t\t\t\t'].join('\n'),
    );
    await page.getByRole('button', { name: 'Add these rows' }).click();
    await expect(page.getByText('Added 1 row to the table.')).toBeVisible();
    await expect(page.getByText('Line 2: “appeal” is not a kind: use planning, licensing, committee or other.')).toBeVisible();
    await expect(page.getByText('Line 3: 25/00603/FUL has no site or title.')).toBeVisible();
    const matters = page.getByRole('table', { name: 'Pending matters' });
    await expect(matters.getByRole('row', { name: /25\/00601\/FUL/ })).toContainText('1 October 2026');

    // Sorting by decision date puts the oldest first.
    await matters.getByRole('button', { name: 'Decision date' }).click();
    await expect(matters.getByRole('columnheader', { name: 'Decision date' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(matters.locator('tbody tr').first()).toContainText('25/00601/FUL');

    // It was decided more than 14 days ago (today is 20 November 2026): Try it offers to remove it.
    await moNav(page, 'Try it').click();
    const offer = page.getByRole('region', { name: '1 application was decided more than 14 days ago — remove it?' });
    await expect(offer).toContainText('25/00601/FUL Land at Mill Lane: 12 homes: decision date 1 October 2026, 50 days ago');
    await expectAccessible(page, 'Monitoring Officer decided matters');
    await saveScreenshot(page, '38-mo-stale');
    await offer.getByRole('button', { name: 'Remove it' }).click();
    await expect(offer).toBeHidden();
    await moNav(page, 'Edit the rules').click();
    await section(page, 'Pending matters').click();
    await expect(matters.getByRole('row', { name: /25\/00601\/FUL/ })).toHaveCount(0);

    // The planning register's CSV: its applications replace the planning ones; a row without a reference is reported.
    await page.getByLabel('Planning register CSV file').setInputFiles({
      name: 'register.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Application Number,Site Address,Proposal,Committee Date\n24/01234/FUL,Land north of Mill Road,120 dwellings,03/12/2026\n25/00700/FUL,Land west of Station Road,40 homes,10/02/2027\n,Nowhere Farm,Barn conversion,\n'),
    });
    await expect(page.getByText('Read 2 applications from the register.')).toBeVisible();
    await expect(page.getByText('Line 4: this row has no reference.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Added pending application 25\/00700\/FUL/ })).toHaveCount(1);
    await expect(matters.getByRole('row', { name: /25\/00700\/FUL/ })).toContainText('10 February 2027');
    await expect(matters.getByRole('row', { name: /24\/01234\/FUL/ })).toContainText('Mill Road flats');

    // Switching a rule off needs a reason, which is kept in the record.
    await section(page, 'Rule changes').click();
    await page.getByLabel('References or endorsements for individuals switched on').uncheck();
    const reason = page.getByLabel('Why References or endorsements for individuals was changed');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#mo-rules-references-reason-error')).toHaveText('Error: Give the reason for switching this rule off: it is kept in the record.');
    await expectAccessible(page, 'Monitoring Officer rule changes');
    await saveScreenshot(page, '39-mo-rules');
    await reason.fill('Our members give references through the council’s own scheme.');
    await page.getByLabel('How Insulting, abusive or discriminatory words is shown').selectOption('block');
    await expect(reason).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#mo-save-status')).toContainText('No problems');

    // A logo dropped in becomes fingerprints; the picture itself stays here.
    await section(page, 'Logos').click();
    const crest = await sharp(Buffer.from(CREST_SVG)).png().toBuffer();
    await page.getByLabel('Add logo pictures').setInputFiles({ name: 'county-crest.png', mimeType: 'image/png', buffer: crest });
    await expect(page.getByText('Added County crest.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Logos' }).getByRole('row', { name: /County crest/ })).toContainText(/\d+ fingerprints/);
    // The fingerprints made from the browser's decoding find the crest where the image core looks for it.
    await expect(page.locator('#mo-save-status')).toHaveText(/^Saved/);
    const logos = (app.services.mo.state().workingCopy?.pack['logos'] ?? []) as Array<{ name: string; fingerprints: string[] }>;
    const { data, info } = await sharp(crest).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const found = scanForLogos({ width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) }, compileLogos(logos));
    expect(found.map((match) => match.logo)).toEqual(['County crest']);
    await expectAccessible(page, 'Monitoring Officer logos');
    await saveScreenshot(page, '40-mo-logos');

    await moNav(page, 'Publish').click();
    await expect(page.locator('#mo-diff')).toContainText('1 logo');
    await expect(page.locator('#mo-diff')).toContainText('2 rules changed');
  });

  test('every section of the editor can be used with a screen reader and a keyboard', async ({ app }, testInfo) => {
    testInfo.setTimeout(90_000);
    const { page } = app;
    await startPack(page);
    const shots: Record<string, string> = { 'Custom rules': '41-mo-custom-rules', 'Word lists': '42-mo-word-lists', 'Example posts': '43-mo-examples' };
    for (const name of ['Confidential matters', 'Public contacts', 'Council accounts', 'Custom rules', 'Word lists', 'Checklist items', 'Example posts']) {
      await section(page, name).click();
      await expect(page.getByRole('heading', { name, level: 2 })).toBeFocused();
      const edit = page.getByRole('button', { name: /^Edit / }).first();
      if (await edit.count()) await edit.click();
      if (name === 'Word lists') {
        await page.getByLabel('Change a word list').selectOption('abuse/insults');
        await page.getByRole('button', { name: 'Change this list' }).click();
        await expect(page.getByLabel('Words to add')).toBeFocused();
        await page.keyboard.type('numpty\nwazzock');
      }
      await expectAccessible(page, `Monitoring Officer ${name}`);
      const shot = shots[name];
      if (shot) await saveScreenshot(page, shot);
    }
    await expect(page.locator('#mo-save-status')).toContainText('No problems');

    // A custom rule made from the keyboard, with its examples run as tests.
    await section(page, 'Custom rules').click();
    await page.getByRole('button', { name: 'Add a custom rule' }).click();
    await expect(page.getByLabel('Rule name')).toBeFocused();
    await page.keyboard.type('leisure-review');
    await page.getByLabel('Words to flag', { exact: true }).fill('leisure review\nleisure centre closure');
    await page.getByLabel('Message').fill('The leisure review is not public yet: wait for the report.');
    await page.getByLabel('Quote a clause of the Members’ Code').selectOption({ label: "Members' Code on social media: Practices to Avoid, bullet 4" });
    await expect(page.getByLabel('Clause', { exact: true })).toHaveValue(/^Do not write or report on conversations/);
    await page.getByLabel('Posts it must flag').fill('What a mess the leisure review is.');
    // A post it must not flag that it does flag: the test fails, and publishing waits for it.
    await page.getByLabel('Posts it must not flag').fill('The leisure review report is published on Tuesday.');
    await moNav(page, 'Try it').click();
    await expect(page.locator('#mo-tests-summary')).toHaveText('1 of 4 tests fails.');
    await expect(page.getByRole('row', { name: /Rule leisure-review/ })).toContainText('Fails');
    await moNav(page, 'Publish').click();
    await expect(page.getByText(/The pack cannot be published because 1 of its 4 tests fails \(the first is rule leisure-review\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign and publish' })).toHaveAttribute('aria-disabled', 'true');
    await moNav(page, 'Edit the rules').click();
    await section(page, 'Custom rules').click();
    await page.getByRole('button', { name: 'Edit leisure-review' }).click();
    await page.getByLabel('Posts it must not flag').fill('The leisure centre is open late on Fridays.');
    await moNav(page, 'Try it').click();
    await expect(page.locator('#mo-tests-summary')).toHaveText('All 4 tests pass.');
    await page.getByLabel('Sample post').fill('The leisure review will shock a lot of people.');
    await expect(page.getByRole('region', { name: 'What councillors would see' })).toContainText('The leisure review is not public yet: wait for the report.');

    // The same screens in the dark theme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await moNav(page, 'Edit the rules').click();
    await section(page, 'Pending matters').click();
    await page.getByRole('button', { name: 'Edit 24/01234/FUL' }).click();
    await page.getByLabel('Site or title', { exact: true }).fill('M');
    await expect(page.locator('#mo-pendingMatters-0-title-error')).toContainText('Too short');
    await expectAccessible(page, 'Monitoring Officer pending matters, dark');
    await saveScreenshot(page, '46-mo-dark');
  });

  test('asks before leaving with unpublished changes, and keeps them; asks before a pack file replaces them', async ({ app }) => {
    const { page } = app;
    await startPack(page);
    await page.getByLabel('Council', { exact: true }).fill('Example County Council (test)');
    await expect(page.locator('#mo-save-status')).toHaveText(/^Saved/);

    await page.getByRole('button', { name: 'Back to the councillor’s side' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without publishing?' });
    await expect(leave).toBeVisible();
    await expect(leave.getByRole('heading', { name: 'Leave without publishing?' })).toBeFocused();
    await expectAccessible(page, 'Monitoring Officer leaving');
    await saveScreenshot(page, '44-mo-leave');
    await page.keyboard.press('Escape');
    await expect(leave).toBeHidden();
    await expect(page.getByRole('banner')).toContainText('Monitoring Officer mode');

    await page.getByRole('button', { name: 'Back to the councillor’s side' }).click();
    await leave.getByRole('button', { name: 'Leave without publishing' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

    // Nothing was lost: the working copy opens where it was left.
    await page.getByRole('button', { name: 'I publish rules for my council' }).click();
    await expect(page.getByLabel('Council', { exact: true })).toHaveValue('Example County Council (test)');

    // Opening a pack file would replace those changes: asked first, and the file's problems are shown.
    await moNav(page, 'Open or start a pack').click();
    await expectAccessible(page, 'Monitoring Officer open or start');
    await saveScreenshot(page, '45-mo-start');
    const pack = { id: 'shire-dc', version: 7, council: 'Shire District Council', pendingMatters: [{ ref: '25/1/FUL', title: 'Old mill', decisionDate: '2027-02-30' }], colour: 'blue' };
    await page.getByLabel('Pack file', { exact: true }).setInputFiles({ name: 'shire-dc.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    const replace = page.getByRole('dialog', { name: 'Replace the pack you are editing?' });
    await expect(replace).toBeVisible();
    await replace.getByRole('button', { name: 'Replace it' }).click();
    await expect(page.getByRole('banner')).toContainText('Rules for Shire District Council · v7');
    await expect(page.getByRole('heading', { name: 'There are 2 problems to fix before you can publish' })).toBeVisible();
    await page.getByRole('link', { name: /Pending matters, 25\/1\/FUL: 2027-02-30 is not a real date\./ }).click();
    await expect(page.getByLabel('Decision date (optional)')).toBeFocused();
    // An unknown field can be removed with a button, without touching the file.
    await page.getByRole('group', { name: 'The pack' }).getByRole('button', { name: 'Remove it' }).click();
    await expect(page.getByRole('heading', { name: 'There is 1 problem to fix before you can publish' })).toBeVisible();
    await page.getByLabel('Decision date (optional)').fill('2027-02-26');
    await expect(page.locator('#mo-save-status')).toContainText('No problems');
    expect(existsSync(app.dataDir)).toBe(true);
  });
});

/** A crest: a shield with a cross and a crown. */
const CREST_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="460">
  <rect width="100%" height="100%" fill="#ffffff"/>
  <path d="M40 60 H360 V250 C360 360 270 420 200 450 C130 420 40 360 40 250 Z" fill="#1d3f8f" stroke="#0b0c0c" stroke-width="10"/>
  <rect x="180" y="80" width="40" height="330" fill="#f2c200"/>
  <rect x="60" y="190" width="280" height="40" fill="#f2c200"/>
  <path d="M120 10 L150 50 L200 5 L250 50 L280 10 L270 55 H130 Z" fill="#b3121f"/>
</svg>`;
