/** A clock that only moves when told: `clock()` for services, `advance` and `set` for tests. */
export interface FakeClock {
  (): Date;
  advance(milliseconds: number): void;
  set(iso: string): void;
  iso(): string;
}

export function createFakeClock(start: string): FakeClock {
  let now = Date.parse(start);
  if (Number.isNaN(now)) throw new Error(`Not a date: ${start}`);
  const clock = (() => new Date(now)) as FakeClock;
  clock.advance = (milliseconds) => {
    now += milliseconds;
  };
  clock.set = (iso) => {
    now = Date.parse(iso);
  };
  clock.iso = () => new Date(now).toISOString();
  return clock;
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
