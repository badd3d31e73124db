import twitterText from 'twitter-text';
import type { PlatformId } from '../engine/finding.js';

/**
 * Each platform's length limit and how it counts, and where its compose page is.
 * X counts with its own weighting (twitter-text: most scripts 1, CJK and emoji 2, every URL 23);
 * Bluesky counts graphemes and bytes; Mastodon counts URLs as 23 and remote mentions by
 * their user part; the others count characters as people see them.
 */

export type Counting = 'x-weighted' | 'graphemes' | 'mastodon' | 'characters';

export interface Platform {
  readonly id: PlatformId;
  readonly name: string;
  /** The largest post the platform accepts, in its own units. */
  readonly limit: number;
  /** Bluesky also limits bytes (UTF-8). */
  readonly byteLimit?: number;
  readonly counting: Counting;
  /** The page where a post is written; `{text}` is replaced with the URL-encoded post where supported. */
  readonly composeUrl: string;
}

export const PLATFORMS: Readonly<Record<PlatformId, Platform>> = {
  x: { id: 'x', name: 'X', limit: 280, counting: 'x-weighted', composeUrl: 'https://x.com/intent/post?text={text}' },
  facebook: { id: 'facebook', name: 'Facebook', limit: 63_206, counting: 'characters', composeUrl: 'https://www.facebook.com/' },
  instagram: { id: 'instagram', name: 'Instagram', limit: 2_200, counting: 'characters', composeUrl: 'https://www.instagram.com/' },
  linkedin: { id: 'linkedin', name: 'LinkedIn', limit: 3_000, counting: 'characters', composeUrl: 'https://www.linkedin.com/feed/?shareActive=true&text={text}' },
  bluesky: { id: 'bluesky', name: 'Bluesky', limit: 300, byteLimit: 3_000, counting: 'graphemes', composeUrl: 'https://bsky.app/intent/compose?text={text}' },
  threads: { id: 'threads', name: 'Threads', limit: 500, counting: 'characters', composeUrl: 'https://www.threads.net/intent/post?text={text}' },
  nextdoor: { id: 'nextdoor', name: 'Nextdoor', limit: 8_000, counting: 'characters', composeUrl: 'https://nextdoor.co.uk/news_feed/' },
  mastodon: { id: 'mastodon', name: 'Mastodon', limit: 500, counting: 'mastodon', composeUrl: 'https://mastodon.social/share?text={text}' },
  whatsapp: { id: 'whatsapp', name: 'WhatsApp channel', limit: 65_536, counting: 'characters', composeUrl: 'https://web.whatsapp.com/' },
};

export interface Count {
  readonly used: number;
  readonly limit: number;
  readonly remaining: number;
  readonly isOver: boolean;
  /** Bytes used, where the platform also limits bytes. */
  readonly bytes?: number;
}

const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });

function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const URL = /\bhttps?:\/\/[^\s<>"]+/giu;
const REMOTE_MENTION = /(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

function mastodonLength(text: string): number {
  const shortened = text.replace(URL, 'x'.repeat(23)).replace(REMOTE_MENTION, '$1');
  return [...shortened].length;
}

export function countFor(platformId: PlatformId, text: string): Count {
  const platform = PLATFORMS[platformId];
  const nfc = text.normalize('NFC');
  let used: number;
  switch (platform.counting) {
    case 'x-weighted':
      used = twitterText.parseTweet(nfc).weightedLength;
      break;
    case 'graphemes':
      used = graphemeCount(nfc);
      break;
    case 'mastodon':
      used = mastodonLength(nfc);
      break;
    default:
      used = graphemeCount(nfc);
  }
  const bytes = platform.byteLimit ? utf8Bytes(nfc) : undefined;
  const isOver = used > platform.limit || (bytes !== undefined && platform.byteLimit !== undefined && bytes > platform.byteLimit);
  return { used, limit: platform.limit, remaining: platform.limit - used, isOver, ...(bytes !== undefined ? { bytes } : {}) };
}

/** The platform's compose page, with the post filled in where the platform allows it. */
export function composeUrl(platformId: PlatformId, text: string): string {
  return PLATFORMS[platformId].composeUrl.replace('{text}', encodeURIComponent(text));
}
