import type { PlatformId } from '../../src/engine/finding.js';
import type { Count } from '../../src/platforms/platforms.js';

export type CountState = 'ok' | 'near' | 'over';

export interface CountView {
  readonly platform: PlatformId;
  /** What is shown: "X 212/280", "Facebook ok", "X 270/280 · 10 left", "X 300/280 · 20 too many". */
  readonly text: string;
  /** What a screen reader hears. */
  readonly label: string;
  readonly state: CountState;
}

const number = new Intl.NumberFormat('en-GB');

/** Limits this large are only worth mentioning when the post gets near them. */
const ROOMY = 5_000;

/** How one platform's count is shown in the footer: always before the post runs out of room. */
export function countView(platform: PlatformId, name: string, count: Count, byteLimit?: number): CountView {
  const used = number.format(count.used);
  const limit = number.format(count.limit);
  const bytesOver = count.bytes !== undefined && byteLimit !== undefined && count.bytes > byteLimit;
  if (count.isOver) {
    const over = count.remaining < 0 ? -count.remaining : 0;
    if (over === 0 && bytesOver) return { platform, text: `${name}: too long`, label: `${name}: too long, over ${number.format(byteLimit ?? 0)} bytes`, state: 'over' };
    return { platform, text: `${name} ${used}/${limit} · ${number.format(over)} too many`, label: `${name}: ${number.format(over)} characters too many, ${used} of ${limit}`, state: 'over' };
  }
  const near = count.remaining <= Math.max(20, Math.ceil(count.limit * 0.1));
  if (near) return { platform, text: `${name} ${used}/${limit} · ${number.format(count.remaining)} left`, label: `${name}: ${number.format(count.remaining)} characters left, ${used} of ${limit}`, state: 'near' };
  if (count.limit >= ROOMY) return { platform, text: `${name} ok`, label: `${name}: length is fine`, state: 'ok' };
  return { platform, text: `${name} ${used}/${limit}`, label: `${name}: ${used} of ${limit} characters`, state: 'ok' };
}
