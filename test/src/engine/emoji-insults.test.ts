import { describe, expect, test } from 'vitest';
import { findEmojiInsults } from '../../../src/engine/emoji-insults.js';
import { buildDraft } from '../../../src/engine/run-checks.js';
import { findTargets } from '../../../src/engine/targets.js';
import { exampleCompiledPack } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const lists = { insulting: ['🤡', '💩'], mocking: ['🐀', '🤮'] };

/** Each emoji insult as [emoji run as typed, target as typed]. */
const insults = (text: string) => {
  const draft = buildDraft(text, pack);
  return findEmojiInsults(draft, findTargets(draft), lists).map((insult) => [text.slice(insult.start, insult.end), text.slice(insult.target.start, insult.target.end)]);
};

describe('findEmojiInsults', () => {
  test('joins a run of emoji into one insult aimed at the person next to it', () => {
    expect(insults('Cllr Dobbs 🤡🤡 🤡 strikes again')).toEqual([['🤡🤡 🤡', 'Cllr Dobbs']]);
  });

  test('aims a clown that ends a sentence at the person the sentence names', () => {
    expect(insults('Another brilliant decision by Cllr Dobbs today 🤡. Back to the drawing board.')).toEqual([['🤡', 'Cllr Dobbs']]);
  });

  test('aims a mocking emoji only at a person right next to it', () => {
    expect([insults('Absolute state of @CllrSmith 🤮'), insults('Cllr Smith says the rats are back on Mill Road 🐀')]).toEqual([[['🤮', 'CllrSmith']], []]);
  });

  test('ignores emoji with a person who is company or a recipient, and emoji the lists do not hold', () => {
    expect([insults('Clown workshop with Cllr Smith 🤡🎈'), insults('Cllr Dobbs 🎉 well done!')]).toEqual([[], []]);
  });
});
