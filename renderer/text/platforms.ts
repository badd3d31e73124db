import type { Capacity, PlatformId } from '../../src/engine/finding.js';

/** The platforms in the order they are offered, with the names people know them by. */
export const PLATFORM_NAMES = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  threads: 'Threads',
  nextdoor: 'Nextdoor',
  mastodon: 'Mastodon',
  whatsapp: 'WhatsApp channel',
} as const satisfies Record<PlatformId, string>;

export const PLATFORM_IDS = Object.keys(PLATFORM_NAMES) as PlatformId[];

export function platformName(id: PlatformId): string {
  return PLATFORM_NAMES[id];
}

export const CAPACITY_NAMES = {
  councillor: 'Councillor',
  personal: 'Personal',
  campaign: 'Campaign',
} as const satisfies Record<Capacity, string>;

export const CAPACITY_HINTS = {
  councillor: 'As a councillor, about council work and your ward.',
  personal: 'As yourself, not about council business.',
  campaign: 'As a candidate or for your party.',
} as const satisfies Record<Capacity, string>;

export const CAPACITY_IDS = Object.keys(CAPACITY_NAMES) as Capacity[];
