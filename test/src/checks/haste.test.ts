import { describe, expect, test } from 'vitest';
import haste from '../../../src/checks/haste.js';
import type { CheckOptionsInput } from '../../../src/checks/types.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
/** 23:30 on a November night in the UK (GMT). */
const lateNight = makeOptions({ at: '2026-11-20T23:30:00Z' });
const check = (text: string, options: CheckOptionsInput = makeOptions()) => runCheck(haste, text, options, pack);
const summary = (text: string, options: CheckOptionsInput = makeOptions()) => check(text, options).map((f) => [f.messageId, f.severity, f.excerpt]);

describe('haste', () => {
  runCheckExamples(haste);

  test('advises on a late-night post as a finding about the whole post', () => {
    expect(summary('Gritters are out tonight on all priority routes.', lateNight)).toEqual([['lateNight', 'advise', '']]);
  });

  test('treats 4am as late and 5am as morning, in UK time', () => {
    expect(summary('Bins are out.', makeOptions({ at: '2026-11-21T04:59:00Z' })).map(([id]) => id)).toEqual(['lateNight']);
    expect(check('Bins are out.', makeOptions({ at: '2026-11-21T05:00:00Z' }))).toEqual([]);
    // 23:30 BST is 22:30 UTC in summer.
    expect(summary('Bins are out.', makeOptions({ at: '2026-07-01T22:30:00Z' })).map(([id]) => id)).toEqual(['lateNight']);
  });

  test('warns when anger comes late at night', () => {
    expect(summary('I’m fuming about the bus cuts.', lateNight)).toEqual([
      ['lateNight', 'warn', ''],
      ['anger', 'warn', 'I’m fuming'],
    ]);
  });

  test('finds a run of capitals with its span in the text as typed', () => {
    const text = 'Honestly. THIS IS AN ABSOLUTE DISGRACE AND EVERYONE KNOWS IT';
    expect(check(text).find((f) => f.messageId === 'shouting')).toMatchObject({ start: text.indexOf('THIS'), end: text.length });
  });

  test.each([
    ['Absolutely FUMING that highways have ignored us AGAIN!!!!', ['anger', 'exclamations']],
    ['THIS IS A DISGRACE!!!', ['anger', 'shouting', 'exclamations']],
    ['After a few pints I can tell you what I really think of the cabinet.', ['alcohol']],
    ['I’m absolutely livid. Had a few glasses of wine and I’m going to say it.', ['anger', 'alcohol']],
    ['Sick and tired of the excuses from County Hall. ENOUGH IS ENOUGH NOW.', ['anger', 'shouting']],
    ['Bit tipsy after the Rotary dinner but someone has to say it: the cabinet are clueless.', ['alcohol']],
    ['Exhausted and absolutely seething about tonight’s vote.', ['anger', 'tired']],
  ])('warns on “%s”', (text, signals) => {
    const findings = check(text);
    expect(findings.map((f) => f.messageId).sort()).toEqual([...signals].sort());
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['warn']));
  });

  test.each([
    ['I’m fuming about the bus cuts.', 'anger'],
    ['STOP THE CUTS: public meeting Thursday.', 'shouting'],
    ['WELL DONE EVERYONE at Arbury Primary!', 'shouting'],
    ['Great result for the Arbury Youth Club!!!', 'exclamations'],
    ['Knackered after a long day of casework, but the Milton Road issue is sorted.', 'tired'],
  ])('only advises on one sign alone: “%s”', (text, signal) => {
    expect(check(text).map((f) => [f.messageId, f.severity])).toEqual([[signal, 'advise']]);
  });

  test.each([
    'Well done team! Great news for Arbury! Brilliant effort!',
    'Update on SEND transport, HMO licensing and the A14 works from the NHS and UK government briefing.',
    'NHS SEND HMO UK: a busy week at County Hall.',
    'Police are cracking down on drunk drivers this Christmas. Plan your journey home.',
    'Merry Christmas to everyone in Arbury division!',
    'Had a few complaints about the bins this week: I’ve passed them to the depot.',
    'Residents are understandably angry about the state of Milton Road, and so am I disappointed.',
    'The state of Milton Road is a disgrace and I have asked highways to act.',
    'Gritters are out tonight on all priority routes. Take care on the roads! ❄️',
    'Save Our Library: public meeting on Thursday at 7pm.',
    'Great to see the GCSE and A level results at Arbury Academy today.',
    'I’m not angry, just disappointed that the report is late.',
  ])('leaves “%s” alone in the daytime', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('warns about drinks counted "in" or "down", even in the evening', () => {
    expect(summary('A few beers down and I’m done being polite about this council.', makeOptions({ at: '2026-07-04T21:30:00+01:00' }))).toEqual([
      ['alcohol', 'warn', 'few beers down'],
      ['anger', 'warn', 'I’m done'],
    ]);
  });

  test('reads capitals and "!!!" in a celebration as joy, even after midnight', () => {
    expect(summary('Congratulations Cllr Shah!!! Brilliant result!!!', makeOptions({ at: '2027-05-07T00:45:00+01:00' }))).toEqual([
      ['lateNight', 'advise', ''],
      ['exclamations', 'advise', '!!!'],
    ]);
  });

  test('warns when a sleepless post in the small hours is also scathing', () => {
    const text = 'Can’t get to sleep. Going over and over what was said in the chamber. Disgusting.';
    expect(check(text, makeOptions({ at: '2026-11-21T02:00:00Z' })).map((f) => [f.messageId, f.severity])).toEqual([
      ['lateNight', 'warn'],
      ['tired', 'warn'],
      ['anger', 'warn'],
    ]);
  });

  test('does not take "pissed off" for drinking', () => {
    expect(summary('I am pissed off with highways.')).toEqual([['anger', 'advise', 'pissed off']]);
  });

  test('counts “a couple of glasses of wine in” as drink', () => {
    expect(summary('couple of glasses of wine in and honestly the cabinet can do one', makeOptions({ at: '2026-11-21T00:30:00Z' }))).toEqual([
      ['lateNight', 'warn', ''],
      ['alcohol', 'warn', 'couple of glasses of wine in'],
    ]);
  });
});
