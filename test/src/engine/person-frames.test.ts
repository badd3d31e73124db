import { describe, expect, test } from 'vitest';
import { frameCues, isModifier, personFrame, type FrameKind } from '../../../src/engine/person-frames.js';
import { buildDraft } from '../../../src/engine/run-checks.js';
import { findTargets } from '../../../src/engine/targets.js';
import { exampleCompiledPack } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const ALL = new Set<FrameKind>(['subject', 'you', 'collective', 'exclamation', 'intensified', 'in-charge', 'attributive', 'of-people', 'apposition', 'labelled', 'agent', 'vocative']);

/** The frame that puts `word` on people in `text`, with the default pack's abuse cue lists, or null. */
const frameOf = (text: string, word: string): FrameKind | null => {
  const draft = buildDraft(text, pack);
  const index = draft.tokens.findIndex((token) => token.start === text.indexOf(word));
  const range = { firstToken: index, endToken: index + 1 };
  const cues = frameCues(draft.hits('abuse/labels'), draft.hits('abuse/people-verbs'), draft.hits('abuse/address-cues'));
  if (isModifier(draft, range, cues)) return null;
  return personFrame(draft, range, findTargets(draft), ALL, new Set(), cues)?.kind ?? null;
};

describe('person frames', () => {
  test('puts words on people by a label, by what they do, by where they sit and by a remark made to them', () => {
    expect([
      frameOf('Tory clowns again.', 'clowns'),
      frameOf('Selfish little muppets.', 'muppets'),
      frameOf('Muppets whinging about the bins again.', 'Muppets'),
      frameOf('The clowns opposite have voted it through.', 'clowns'),
      frameOf('The snowflakes on here have gone quiet.', 'snowflakes'),
      frameOf('The dinosaurs on the Lib Dem benches', 'dinosaurs'),
      frameOf('Take a bow, clowns.', 'clowns'),
    ]).toEqual(['labelled', 'labelled', 'agent', 'agent', 'in-charge', 'in-charge', 'vocative']);
  });

  test('leaves the same words alone when they are not said of people', () => {
    expect([
      frameOf('Clowns, balloons and a magician at the fun day.', 'Clowns'),
      frameOf('Face painting, clowns!', 'clowns'),
      frameOf('Rats on the council estate are being baited.', 'Rats'),
      frameOf('The dinosaurs on display at the museum.', 'dinosaurs'),
      frameOf('A snake in the garden shed.', 'snake'),
    ]).toEqual([null, null, null, null, null]);
  });

  test('follows a subject through a relative clause', () => {
    expect(frameOf('Anyone who backs them is useless.', 'useless')).toBe('subject');
  });

  test('does not carry a word across a full stop onto the next sentence’s subject', () => {
    expect([frameOf('These comments are disgusting. They are our neighbours.', 'disgusting'), frameOf('Useless Cllr Price strikes again.', 'Useless')]).toEqual([null, 'attributive']);
  });

  test('puts a word on people placed in a council department', () => {
    expect([frameOf('The muppet in planning signed it off.', 'muppet'), frameOf('The snake in the garden.', 'snake')]).toEqual(['in-charge', null]);
  });
});
