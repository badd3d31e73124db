import { describe, expect, test } from 'vitest';
import { composeUrl, countFor } from '../../../src/platforms/platforms.js';

describe('countFor', () => {
  test('counts X posts the way X does: URLs as 23, emoji and CJK as 2', () => {
    expect(countFor('x', 'Read it: https://www.example.gov.uk/a/very/long/path/to/the/consultation 👏🏽 日本').used).toBe(9 + 23 + 1 + 2 + 1 + 4);
  });

  test('says when an X post is over 280', () => {
    expect(countFor('x', 'a'.repeat(281))).toEqual({ used: 281, limit: 280, remaining: -1, isOver: true });
  });

  test('counts Bluesky in graphemes and bytes', () => {
    expect(countFor('bluesky', '🏳️‍🌈 Pride')).toEqual({ used: 7, limit: 300, remaining: 293, isOver: false, bytes: 20 });
  });

  test('counts Mastodon URLs as 23 and remote mentions by the user part', () => {
    expect(countFor('mastodon', '@jo@example.social see https://example.org/' + 'x'.repeat(50)).used).toBe(3 + 5 + 23);
  });
});

describe('composeUrl', () => {
  test('fills the post into X’s compose page, encoded', () => {
    expect(composeUrl('x', 'Gritters out tonight & tomorrow')).toBe('https://x.com/intent/post?text=Gritters%20out%20tonight%20%26%20tomorrow');
  });

  test('opens Facebook’s home page, which takes no text', () => {
    expect(composeUrl('facebook', 'anything')).toBe('https://www.facebook.com/');
  });
});
