import { memo, useEffect, useState } from 'react';
import type { Capacity, PlatformId } from '../../../src/engine/finding.js';
import { localPartsOf, postAtFrom } from '../../logic/time.js';
import { COMPOSE_TEXT } from '../../text/common.js';
import { CAPACITY_IDS, CAPACITY_NAMES, PLATFORM_IDS, PLATFORM_NAMES } from '../../text/platforms.js';
import './PostOptions.css';

interface PostOptionsProps {
  readonly platforms: readonly PlatformId[];
  readonly capacity: Capacity;
  readonly postAt: string | null;
  onPlatforms(platforms: PlatformId[]): void;
  onCapacity(capacity: Capacity): void;
  onPostAt(postAt: string | null): void;
  onNewDraft(): void;
}

/** Minutes east of UTC on this computer at the given local date and time. */
function offsetAt(date: string, time: string): number {
  const local = new Date(`${date}T${time}:00`);
  return Number.isNaN(local.getTime()) ? 0 : -local.getTimezoneOffset();
}

function nextHour(): { date: string; time: string } {
  const at = new Date(Date.now() + 60 * 60 * 1000);
  at.setMinutes(0, 0, 0);
  const parts = localPartsOf(at.toISOString(), -at.getTimezoneOffset());
  return parts ?? { date: '', time: '' };
}

/** Where, as whom and when the post goes: the bar above the editor. */
export const PostOptions = memo(function PostOptions({ platforms, capacity, postAt, onPlatforms, onCapacity, onPostAt, onNewDraft }: PostOptionsProps) {
  const [later, setLater] = useState(postAt !== null);
  const [when, setWhen] = useState(() => (postAt ? (localPartsOf(postAt, -new Date(postAt).getTimezoneOffset()) ?? nextHour()) : nextHour()));
  const [needPlatform, setNeedPlatform] = useState(false);

  // A different draft was opened: show its posting time.
  useEffect(() => {
    setLater(postAt !== null);
    if (postAt) {
      const parts = localPartsOf(postAt, -new Date(postAt).getTimezoneOffset());
      if (parts) setWhen(parts);
    }
  }, [postAt]);

  const setTime = (next: { date: string; time: string }): void => {
    setWhen(next);
    const instant = postAtFrom(next.date, next.time, offsetAt(next.date, next.time));
    if (instant) onPostAt(instant);
  };

  const togglePlatform = (id: PlatformId, checked: boolean): void => {
    if (!checked && platforms.length === 1 && platforms[0] === id) {
      setNeedPlatform(true);
      return;
    }
    setNeedPlatform(false);
    const chosen = new Set(platforms);
    if (checked) chosen.add(id);
    else chosen.delete(id);
    onPlatforms(PLATFORM_IDS.filter((platform) => chosen.has(platform)));
  };

  return (
    <section className="post-options" aria-label={COMPOSE_TEXT.options}>
      <fieldset className="post-options__group post-options__platforms" aria-describedby={needPlatform ? 'platform-error' : undefined}>
        <legend className="legend">{COMPOSE_TEXT.postTo}</legend>
        {needPlatform ? (
          <p className="error-message" id="platform-error" role="alert">
            {COMPOSE_TEXT.choosePlatform}
          </p>
        ) : null}
        <div className="post-options__chips">
          {PLATFORM_IDS.map((id) => (
            <div className="chip" key={id}>
              <input type="checkbox" id={`platform-${id}`} checked={platforms.includes(id)} onChange={(event) => togglePlatform(id, event.target.checked)} />
              <label htmlFor={`platform-${id}`}>
                <span className="chip__box" aria-hidden="true" />
                {PLATFORM_NAMES[id]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="post-options__group">
        <label className="label" htmlFor="capacity">
          {COMPOSE_TEXT.as}
        </label>
        <select id="capacity" className="select" value={capacity} onChange={(event) => onCapacity(event.target.value as Capacity)}>
          {CAPACITY_IDS.map((id) => (
            <option key={id} value={id}>
              {CAPACITY_NAMES[id]}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="post-options__group" aria-describedby="when-hint">
        <legend className="legend">{COMPOSE_TEXT.when}</legend>
        <div className="post-options__when">
          <div className="choice">
            <input
              type="radio"
              id="when-now"
              name="when"
              checked={!later}
              onChange={() => {
                setLater(false);
                onPostAt(null);
              }}
            />
            <label htmlFor="when-now">{COMPOSE_TEXT.now}</label>
          </div>
          <div className="choice">
            <input
              type="radio"
              id="when-later"
              name="when"
              checked={later}
              onChange={() => {
                setLater(true);
                setTime(when);
              }}
            />
            <label htmlFor="when-later">{COMPOSE_TEXT.later}</label>
          </div>
          {later ? (
            <>
              <div>
                <label className="post-options__small-label" htmlFor="post-date">
                  {COMPOSE_TEXT.date}
                </label>
                <input id="post-date" type="date" className="input input--short" value={when.date} onChange={(event) => setTime({ ...when, date: event.target.value })} />
              </div>
              <div>
                <label className="post-options__small-label" htmlFor="post-time">
                  {COMPOSE_TEXT.time}
                </label>
                <input id="post-time" type="time" className="input input--short" value={when.time} onChange={(event) => setTime({ ...when, time: event.target.value })} />
              </div>
            </>
          ) : null}
        </div>
        <p className="visually-hidden" id="when-hint">
          {COMPOSE_TEXT.dateHint}
        </p>
      </fieldset>

      <div className="post-options__new">
        <button type="button" className="button button--secondary" onClick={onNewDraft} aria-keyshortcuts="Control+N">
          {COMPOSE_TEXT.newDraft} <span className="shortcut">({COMPOSE_TEXT.newDraftShortcut})</span>
        </button>
      </div>
    </section>
  );
});
