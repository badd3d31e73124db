import { describe, expect, test } from 'vitest';
import { createPlatformService, isAllowedUrl, MAX_URL_LENGTH } from '../../../main/services/platform-service.js';
import { PlatformId } from '../../../src/engine/finding.js';
import { composeUrl } from '../../../src/platforms/platforms.js';

function service(options: { copied?: boolean; compose?: (platform: PlatformId, text: string) => string } = {}) {
  const opened: string[] = [];
  const platforms = createPlatformService({
    openExternal: async (url) => {
      opened.push(url);
    },
    wasCopied: () => options.copied ?? false,
    ...(options.compose ? { composeUrl: options.compose } : {}),
  });
  return { platforms, opened };
}

async function refusalOf(promise: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
}

describe('the allow-list of platform pages', () => {
  test.each([
    ['https://x.com/intent/post?text=hello', true],
    ['https://www.facebook.com/', true],
    ['https://web.whatsapp.com/', true],
    ['http://x.com/intent/post', false],
    ['https://evil.example/', false],
    ['https://x.com.evil.example/', false],
    ['https://x.com@evil.example/', false],
    ['https://user:secret@x.com/', false],
    ['https://x.com:8443/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s is allowed: %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });

  test('every platform’s compose page is on the list', () => {
    expect(PlatformId.options.filter((platform) => !isAllowedUrl(composeUrl(platform, 'Hello & welcome')))).toEqual([]);
  });
});

describe('opening a platform', () => {
  test('puts text that was copied through the checklist into the compose link', async () => {
    const { platforms, opened } = service({ copied: true });
    const result = await platforms.open({ platform: 'x', text: 'Gritters out tonight & tomorrow' });
    expect({ result, opened }).toEqual({
      result: { url: 'https://x.com/intent/post?text=Gritters%20out%20tonight%20%26%20tomorrow' },
      opened: ['https://x.com/intent/post?text=Gritters%20out%20tonight%20%26%20tomorrow'],
    });
  });

  test('opens the page empty when the text was not copied through the checklist', async () => {
    const { platforms, opened } = service({ copied: false });
    await platforms.open({ platform: 'bluesky', text: 'Unchecked words' });
    expect(opened).toEqual(['https://bsky.app/intent/compose?text=']);
  });

  test('opens the page empty when the link would be too long', async () => {
    const { platforms, opened } = service({ copied: true });
    await platforms.open({ platform: 'x', text: 'word '.repeat(MAX_URL_LENGTH) });
    expect(opened).toEqual(['https://x.com/intent/post?text=']);
  });

  test.each(['https://evil.example/share', 'http://x.com/intent/post', 'file:///C:/Windows/system32/calc.exe'])('refuses %s and opens nothing', async (url) => {
    const { platforms, opened } = service({ compose: () => url });
    expect({ refusal: await refusalOf(platforms.open({ platform: 'x', text: 'hi' })), opened }).toEqual({
      refusal: { code: 'not-allowed', message: 'That page is not on the list of platform pages the app may open.' },
      opened: [],
    });
  });

  test('says so when the browser cannot be opened', async () => {
    const platforms = createPlatformService({ openExternal: () => Promise.reject(new Error('no browser')), wasCopied: () => false });
    expect(await refusalOf(platforms.open({ platform: 'facebook', text: '' }))).toEqual({
      code: 'internal',
      message: 'The platform’s page could not be opened (no browser). Your text is still on the clipboard.',
    });
  });
});
