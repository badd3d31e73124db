import { describe, expect, test } from 'vitest';
import { buildDraft } from '../../../src/engine/run-checks.js';
import { accusedOf, findTargets } from '../../../src/engine/targets.js';
import { exampleCompiledPack } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
/** Each target as its kind and the words it covers. */
const targetsOf = (text: string) => {
  const draft = buildDraft(text, pack);
  return findTargets(draft).map((target) => [target.kind, text.slice(target.start, target.end)]);
};
/** Who the first use of `word` accuses, as typed, or null. */
const accusedBy = (text: string, word: string, pointer?: string) => {
  const draft = buildDraft(text, pack);
  const start = text.indexOf(word);
  const first = draft.tokens.findIndex((token) => token.start === start);
  const last = draft.tokens.findIndex((token) => token.end === start + word.length);
  const range = { firstToken: first, endToken: last + 1, start, end: start + word.length };
  const pointers = pointer ? [{ ...range, firstToken: draft.tokens.findIndex((t) => t.start === text.indexOf(pointer)), endToken: draft.tokens.length }] : [];
  const target = accusedOf(draft, range, findTargets(draft), pointers);
  return target ? [target.kind, text.slice(target.start, target.end)] : null;
};

describe('targets', () => {
  test('finds small bodies whose members can be picked out, but not the same words describing something else', () => {
    expect(targetsOf('Brown envelopes at Planning Committee, County Hall and the cabinet. Cabinet papers are out, the filing cabinet is full, and it showed leadership.')).toEqual([
      ['body', 'Planning Committee'],
      ['body', 'County Hall'],
      ['body', 'cabinet'],
    ]);
  });

  test('finds an office-holder named by office and a ward councillor named by "our"', () => {
    expect(targetsOf('Our MP and our so-called independent councillor')).toEqual([
      ['self', 'Our'],
      ['role', 'MP'],
      ['referent', 'our so-called independent councillor'],
    ]);
  });

  test('takes "we" and "our" as the writer', () => {
    expect(targetsOf('We would be hypocrites')).toEqual([['self', 'We']]);
  });

  test('finds the accused before an allegation, after "by" or where it happened, and whoever did an act called a crime', () => {
    expect([
      accusedBy('Cllr Green took a backhander.', 'backhander'),
      accusedBy('The consultation was rigged from the start by the cabinet.', 'rigged'),
      accusedBy('Brown envelopes all round at planning committee tonight.', 'Brown envelopes'),
      accusedBy('This is fraud, plain and simple, and the leader signed it off.', 'fraud'),
      accusedBy('Fraud costs councils millions, and the leader has launched a crackdown.', 'Fraud'),
    ]).toEqual([['councillor', 'Cllr Green'], ['body', 'cabinet'], ['body', 'planning committee'], ['role', 'leader'], null]);
  });

  test('takes a hint such as "we all know who" as pointing at someone identifiable', () => {
    const text = 'Somebody fiddled the figures, and we all know who.';
    expect([accusedBy(text, 'fiddled the figures'), accusedBy(text, 'fiddled the figures', 'we all know who')]).toEqual([null, ['referent', 'we all know who.'.slice(0, -1)]]);
  });
});
