import { expect, test } from 'vitest';
import { countFor } from '../../../src/platforms/platforms.js';
import { countView } from '../../../renderer/logic/counts.js';

test('each platform’s count is shown before the post runs out of room', () => {
  const short = 'Gritters are out tonight.';
  const near = 'a'.repeat(270);
  const over = 'a'.repeat(300);
  expect([
    countView('x', 'X', countFor('x', short)),
    countView('x', 'X', countFor('x', near)),
    countView('x', 'X', countFor('x', over)),
    countView('facebook', 'Facebook', countFor('facebook', short)),
    countView('bluesky', 'Bluesky', countFor('bluesky', '👍'.repeat(290) + 'é'.repeat(5) + '漢'.repeat(5)), 3_000),
  ]).toEqual([
    { platform: 'x', text: 'X 25/280', label: 'X: 25 of 280 characters', state: 'ok' },
    { platform: 'x', text: 'X 270/280 · 10 left', label: 'X: 10 characters left, 270 of 280', state: 'near' },
    { platform: 'x', text: 'X 300/280 · 20 too many', label: 'X: 20 characters too many, 300 of 280', state: 'over' },
    { platform: 'facebook', text: 'Facebook ok', label: 'Facebook: length is fine', state: 'ok' },
    { platform: 'bluesky', text: 'Bluesky 300/300 · 0 left', label: 'Bluesky: 0 characters left, 300 of 300', state: 'near' },
  ]);
});

test('a Bluesky post within its characters but over its bytes is too long', () => {
  const count = { used: 290, limit: 300, remaining: 10, isOver: true, bytes: 3_100 };
  expect(countView('bluesky', 'Bluesky', count, 3_000)).toEqual({ platform: 'bluesky', text: 'Bluesky: too long', label: 'Bluesky: too long, over 3,000 bytes', state: 'over' });
});
