import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { IMAGE_CHECKLIST_ITEM } from '../../src/bridge/contract.js';
import { fingerprintLogo, readImageFacts } from '../../src/image/index.js';
import { expect, expectAccessible, installCouncilPack, saveScreenshot, SCREENSHOT_DIR, test } from './harness/fixtures.js';

/** Pictures made here with sharp: a photo, a photo that records where it was taken, a council crest and a poster carrying it. */

async function photo(width = 640, height = 480, background = { r: 96, g: 140, b: 80 }): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="rgb(${background.r},${background.g},${background.b})"/>
    <circle cx="${width * 0.3}" cy="${height * 0.4}" r="${height * 0.2}" fill="#e8d36a"/>
    <rect x="${width * 0.55}" y="${height * 0.5}" width="${width * 0.3}" height="${height * 0.35}" fill="#6b4f3a"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Where a phone might say the photo was taken. */
function degrees(value: number): string {
  const whole = Math.floor(value);
  const minutes = Math.floor((value - whole) * 60);
  return `${whole}/1 ${minutes}/1 ${Math.round(((value - whole) * 60 - minutes) * 6000)}/100`;
}

async function photoWithLocation(): Promise<Buffer> {
  return sharp(await photo(800, 600, { r: 70, g: 110, b: 160 }))
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { Make: 'PhoneCo' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: degrees(52.2053), GPSLongitudeRef: 'E', GPSLongitude: degrees(0.1192) } })
    .toBuffer();
}

/** A crest: a shield with a cross, a crown and a wordmark. */
const CREST_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="460">
  <rect width="100%" height="100%" fill="#ffffff"/>
  <path d="M40 60 H360 V250 C360 360 270 420 200 450 C130 420 40 360 40 250 Z" fill="#1d3f8f" stroke="#0b0c0c" stroke-width="10"/>
  <rect x="180" y="80" width="40" height="330" fill="#f2c200"/>
  <rect x="60" y="190" width="280" height="40" fill="#f2c200"/>
  <path d="M120 10 L150 50 L200 5 L250 50 L280 10 L270 55 H130 Z" fill="#b3121f"/>
  <circle cx="120" cy="130" r="28" fill="#ffffff"/>
  <circle cx="280" cy="320" r="28" fill="#ffffff"/>
</svg>`;

async function crestPixels(): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { data, info } = await sharp(Buffer.from(CREST_SVG)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** A leaflet: text blocks on a pale page, with the crest in its top-right corner, about a fifth of the page. */
async function posterWithCrest(): Promise<Buffer> {
  const crest = await sharp(Buffer.from(CREST_SVG)).resize({ height: 420 }).png().toBuffer();
  const page = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="750">
    <rect width="100%" height="100%" fill="#f7f4ea"/>
    ${[0, 1, 2, 3, 4, 5, 6].map((row) => `<rect x="60" y="${110 + row * 80}" width="${480 - (row % 3) * 70}" height="26" fill="#4a4a4a"/>`).join('')}
    <rect x="60" y="40" width="420" height="44" fill="#1d3f8f"/>
  </svg>`;
  return sharp(Buffer.from(page))
    .composite([{ input: crest, left: 600, top: 40 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

const PNG = 'image/png';

function picturesOf(page: Page) {
  return page.getByRole('list', { name: 'Pictures attached to this post' }).getByRole('listitem').filter({ has: page.locator('.picture__frame') });
}

async function attachWithChooser(page: Page, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Add (pictures|another picture)$/ }).click();
  await (await chooser).setFiles(files);
}

test.describe('pictures', () => {
  test('attaches a picture with the file chooser, shows its thumbnail, and keeps its description after a reload', async ({ app }) => {
    let { page } = app;
    await page.getByLabel('Your post').fill('Great turnout at the Mill Road litter pick this morning. Thank you all!');
    await attachWithChooser(page, [{ name: 'litter-pick.png', mimeType: PNG, buffer: await photo() }]);

    const picture = picturesOf(page).first();
    await expect(picture.getByRole('img', { name: 'Picture 1 of 1, litter-pick.png, no description yet' })).toBeVisible();
    await expect(picture).toContainText('No description yet.');
    await expect(page.getByRole('button', { name: 'Add another picture' })).toBeVisible();
    await expect(page.locator('#findings-summary')).toHaveText('Nothing to fix. Read it once more before you post.');

    await picture.getByLabel('Describe picture 1').fill('Six volunteers with litter pickers by the river');
    await expect(picture.getByRole('img', { name: 'Picture 1 of 1, litter-pick.png: Six volunteers with litter pickers by the river' })).toBeVisible();
    await expect(picture).not.toContainText('No description yet.');
    await expect.poll(() => app.services.history.all()[0]?.attachments[0]?.altText ?? null).toBe('Six volunteers with litter pickers by the river');
    await expectAccessible(page, 'compose with a picture');
    await saveScreenshot(page, '20-picture-attached');

    await page.reload();
    await expect(picturesOf(page).first().getByLabel('Describe picture 1')).toHaveValue('Six volunteers with litter pickers by the river');
    page = await app.restart();
    await expect(picturesOf(page).first().getByRole('img', { name: /Six volunteers with litter pickers/ })).toBeVisible();
  });

  test('attaches a pasted picture and a dropped one', async ({ app }) => {
    const { page } = app;
    const editor = page.getByLabel('Your post');
    await editor.fill('Ward walk on Saturday.');
    const pasted = (await photo(320, 240, { r: 150, g: 60, b: 60 })).toString('base64');
    await editor.evaluate((element, base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    await expect(picturesOf(page)).toHaveCount(1);
    await expect(picturesOf(page).first().getByRole('img')).toHaveAccessibleName('Picture 1 of 1, pasted-picture-1.png, no description yet');
    await expect(editor).toHaveValue('Ward walk on Saturday.');

    const dropped = (await photo(300, 400, { r: 60, g: 60, b: 150 })).toString('base64');
    const data = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'ward-walk.png', { type: 'image/png' }));
      return transfer;
    }, dropped);
    await editor.dispatchEvent('dragenter', { dataTransfer: data });
    await editor.dispatchEvent('dragover', { dataTransfer: data });
    await expect(page.getByText('Drop pictures here to attach them')).toBeVisible();
    await editor.dispatchEvent('drop', { dataTransfer: data });
    await expect(picturesOf(page)).toHaveCount(2);
    await expect(picturesOf(page).nth(0).getByRole('img')).toHaveAccessibleName('Picture 1 of 2, pasted-picture-1.png, no description yet');
    await expect(picturesOf(page).nth(1).getByRole('img')).toHaveAccessibleName('Picture 2 of 2, ward-walk.png, no description yet');

    // Removing one leaves the other, and focus on the way to add another.
    await picturesOf(page).first().getByRole('button', { name: 'Remove picture' }).click();
    await expect(picturesOf(page)).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Add another picture' })).toBeFocused();
    await expect(picturesOf(page).getByRole('img')).toHaveAccessibleName('Picture 1 of 1, ward-walk.png, no description yet');

    // From the button, Tab reaches the picture's description, then the way to remove it.
    await page.keyboard.press('Tab');
    await expect(picturesOf(page).getByLabel('Describe picture 1')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(picturesOf(page).getByRole('button', { name: 'Remove picture' })).toBeFocused();

    // At 200% text size the pictures fit the window without sideways scrolling.
    await page.setViewportSize({ width: 640, height: 430 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'compose with pictures at 200%');
  });

  test('says in one sentence why a damaged or unsupported file was not attached, and loses nothing', async ({ app }) => {
    const { page } = app;
    const editor = page.getByLabel('Your post');
    await editor.fill('Surgery on Saturday at the library.');
    const broken = Buffer.concat([(await photo()).subarray(0, 33), Buffer.alloc(200, 0x41)]);
    await attachWithChooser(page, [{ name: 'broken.png', mimeType: PNG, buffer: broken }]);
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(/^broken\.png: The picture file is (damaged|cut short)/);
    await expect(picturesOf(page)).toHaveCount(0);
    await expect(editor).toHaveValue('Surgery on Saturday at the library.');
    await page.locator('.pictures').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, '21-picture-refused');

    await attachWithChooser(page, [{ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 minutes') }]);
    await expect(alert).toHaveText('minutes.pdf: This file is not a picture the app can read: use a JPEG, PNG, WebP or GIF.');
    await expect(picturesOf(page)).toHaveCount(0);
    expect(app.services.history.all()[0]?.attachments).toEqual([]);
    await expectAccessible(page, 'compose with a refused picture');
  });

  test('warns about a photo that records where it was taken, saves a clean copy, and removes the location', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Your post').fill('Lovely morning at the allotments.');
    await attachWithChooser(page, [{ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: await photoWithLocation() }]);
    const picture = picturesOf(page).first();
    await expect(picture).toContainText('Check this');
    await expect(picture).toContainText('A photo that shows where it was taken');
    await expect(page.locator('#findings-summary')).toHaveText('1 to check');
    await expect(page.getByRole('complementary', { name: 'What the check found' })).toContainText('Picture 1 of 1, IMG_0042.jpg');
    await expectAccessible(page, 'compose with a photo that records its location');
    await picture.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, '22-picture-location');

    await picture.getByRole('button', { name: 'Save a copy without location…' }).click();
    await expect(page.getByText('Saved IMG_0042-no-location.jpg. Upload that file with your post.')).toBeAttached();
    expect(app.savedFiles.map((path) => path.split(/[\\/]/).pop())).toEqual(['IMG_0042-no-location.jpg']);
    expect(readImageFacts(readFileSync(app.savedFiles[0] ?? '')).location).toBeNull();

    await picture.getByRole('button', { name: 'Remove location' }).click();
    await expect(picture).toContainText('Location removed from the copy kept with this draft.');
    await expect(picture.getByRole('button', { name: 'Remove location' })).toHaveCount(0);
    await expect(page.locator('#findings-summary')).toHaveText('Nothing to fix. Read it once more before you post.');
    const kept = app.services.history.all()[0]?.attachments[0];
    expect({ hasLocation: kept?.hasLocation, locationRemoved: kept?.locationRemoved }).toEqual({ hasLocation: false, locationRemoved: true });
  });

  test.describe('with a council pack that carries its crest', () => {
    test.use({ profile: { name: 'Cllr Jane Smith', council: 'Example County Council', ward: 'Castle', committees: [], contacts: [], usualCapacity: 'campaign' } });
    test.beforeEach(async ({}, testInfo) => {
      testInfo.setTimeout(60_000);
    });

    test('flags a picture carrying the crest, draws where it was found, and asks about permission before copying', async ({ app }) => {
      let { page } = app;
      await page.getByLabel('Your post').fill('Come and meet the team at our street stall on Saturday.');
      await attachWithChooser(page, [
        { name: 'leaflet.jpg', mimeType: 'image/jpeg', buffer: await posterWithCrest() },
        { name: 'street-stall.png', mimeType: PNG, buffer: await photo() },
      ]);
      await expect(picturesOf(page)).toHaveCount(2);
      // The Members' Code alone knows no logos.
      await expect(page.locator('#findings-summary')).toHaveText('Nothing to fix. Read it once more before you post.');

      // The council's pack arrives with its crest: the pictures already attached are scanned again, once, with it.
      installCouncilPack(app.dataDir, {
        id: 'example-county',
        version: 2,
        council: 'Example County Council',
        logos: [{ name: 'Example County crest', fingerprints: fingerprintLogo(await crestPixels()) }],
      });
      page = await app.restart();
      await expect(picturesOf(page)).toHaveCount(2);
      await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting');

      const leaflet = picturesOf(page).first();
      await expect(leaflet).toContainText('Fix before posting');
      await expect(leaflet).toContainText('The council’s logo in a picture');
      await expect(leaflet).toContainText('Example County crest');
      const box = leaflet.locator('.picture__box');
      await expect(box).toHaveCount(1);
      // The crest is in the top-right corner of the leaflet: the box is drawn there.
      const frame = await leaflet.locator('.picture__frame').boundingBox();
      const drawn = await box.boundingBox();
      if (!frame || !drawn) throw new Error('the picture and its box should be on screen');
      expect((drawn.x + drawn.width / 2 - frame.x) / frame.width).toBeGreaterThan(0.55);
      expect((drawn.y + drawn.height / 2 - frame.y) / frame.height).toBeLessThan(0.5);
      await expect(picturesOf(page).nth(1)).not.toContainText('Fix before posting');
      await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting');
      await expectAccessible(page, 'compose with the council’s logo in a picture');
      await leaflet.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await saveScreenshot(page, '23-picture-logo');
      await leaflet.screenshot({ path: join(SCREENSHOT_DIR, '23b-picture-logo-close.png') });

      // Choosing the finding takes the councillor to the picture.
      await page.getByRole('complementary', { name: 'What the check found' }).getByRole('button', { name: 'The council’s logo in a picture' }).click();
      await expect(leaflet).toBeFocused();

      // A picture that is the crest itself is found as it is attached.
      await attachWithChooser(page, [{ name: 'crest.png', mimeType: PNG, buffer: await sharp(Buffer.from(CREST_SVG)).resize({ width: 300 }).png().toBuffer() }]);
      await expect(picturesOf(page)).toHaveCount(3);
      await expect(picturesOf(page).nth(2)).toContainText('The council’s logo in a picture');
      await expect(page.locator('#findings-summary')).toHaveText('2 things to fix before posting');
      await picturesOf(page).nth(2).getByRole('button', { name: 'Remove picture' }).click();
      await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting');

      await page.keyboard.press('Control+Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByLabel(IMAGE_CHECKLIST_ITEM.text)).not.toBeChecked();
      await expect(dialog.getByRole('group', { name: /The council’s logo in a picture: Picture 1 of 2, leaflet\.jpg/ })).toBeVisible();
      await expectAccessible(page, 'checklist with pictures');
      await saveScreenshot(page, '24-checklist-pictures');
      await dialog.getByLabel('Override with a reason').check();
      await dialog.getByLabel('Your reason').fill('The Monitoring Officer agreed the leaflet may show the crest.');
      for (const question of await dialog.getByRole('checkbox').all()) if (!(await question.isChecked())) await question.check();
      await dialog.getByRole('button', { name: 'Copy for X' }).click();
      await expect(dialog.getByRole('heading', { name: 'Copied. Open X?' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Not now' }).click();

      const record = app.services.history.all()[0]?.copies[0];
      expect(record?.checklist.at(-1)).toEqual({ ...IMAGE_CHECKLIST_ITEM, answer: true });
      expect(record?.attachments?.map((image) => [image.name, image.logoMatches.map((match) => match.logo)])).toEqual([
        ['leaflet.jpg', ['Example County crest']],
        ['street-stall.png', []],
      ]);

      // History shows the pictures in the list and in the record.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      const item = page.locator('.history-item').first();
      await expect(item.getByRole('list', { name: '2 pictures' }).getByRole('img')).toHaveCount(2);
      await item.getByRole('button', { name: 'Details' }).click();
      const copied = item.getByRole('region', { name: /Copied for X/ });
      await expect(copied).toContainText('Picture 1 of 2, leaflet.jpg');
      await expect(copied).toContainText('Council logo found: Example County crest');
      await expect(copied).toContainText('Overridden: Picture 1 of 2, leaflet.jpg — The Monitoring Officer agreed the leaflet may show the crest.');
      await expectAccessible(page, 'history with pictures');
      await saveScreenshot(page, '25-history-pictures');
    });
  });
});
