import type { PlatformId } from '../../src/engine/finding.js';
import { composeUrl } from '../../src/platforms/platforms.js';
import { ServiceError } from './errors.js';
import { REFUSALS } from './messages.js';

/**
 * Opens a platform's compose page in the councillor's browser. Only https pages on the hosts
 * below are ever opened, whatever asks. The post is put into the page's address only when that
 * exact text was copied for that platform through the checklist; otherwise the page opens empty
 * (the text is on the clipboard anyway), so unchecked words never leave in a link.
 */

export const ALLOWED_HOSTS: ReadonlySet<string> = new Set([
  'x.com',
  'www.facebook.com',
  'www.instagram.com',
  'www.linkedin.com',
  'bsky.app',
  'www.threads.net',
  'nextdoor.co.uk',
  'mastodon.social',
  'web.whatsapp.com',
]);

/** Longer addresses are refused by some browsers and platforms; the page then opens empty. */
export const MAX_URL_LENGTH = 8_000;

/** True for an https address on an allowed host, with no user name, password or port. */
export function isAllowedUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && ALLOWED_HOSTS.has(url.hostname) && url.username === '' && url.password === '' && url.port === '';
}

export interface PlatformDeps {
  readonly openExternal: (url: string) => Promise<void>;
  readonly wasCopied: (platform: PlatformId, text: string) => boolean;
  /** Where the compose page is (src/platforms); replaceable so the allow-list itself can be tested. */
  readonly composeUrl?: (platform: PlatformId, text: string) => string;
}

export interface PlatformService {
  open(request: { platform: PlatformId; text: string }): Promise<{ url: string }>;
}

export function createPlatformService({ openExternal, wasCopied, composeUrl: compose = composeUrl }: PlatformDeps): PlatformService {
  return {
    async open({ platform, text }) {
      let url = compose(platform, wasCopied(platform, text) ? text : '');
      if (url.length > MAX_URL_LENGTH) url = compose(platform, '');
      if (!isAllowedUrl(url)) throw new ServiceError('not-allowed', REFUSALS.notAllowedUrl);
      try {
        await openExternal(url);
      } catch (error) {
        throw new ServiceError('internal', REFUSALS.openFailed(error instanceof Error ? error.message : String(error)));
      }
      return { url };
    },
  };
}
