import { describe, expect, test } from 'vitest';
import confidential from '../../../src/checks/confidential.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const check = (text: string, options = makeOptions()) => runCheck(confidential, text, options, pack);
const summary = (text: string, options = makeOptions()) => check(text, options).map((f) => [f.messageId, f.excerpt, f.severity]);

describe('confidential', () => {
  runCheckExamples(confidential);

  test('reports a Part 2 keyword even in capitals, with its span in the typed text', () => {
    const text = 'Can’t say much but in the PART II session we agreed the sale.';
    expect(summary(text)).toEqual([
      ['confidentialDocument', 'Can’t say much', 'block'],
      ['privateMeeting', 'PART II session', 'block'],
    ]);
  });

  test('warns, rather than blocks, when a private session is named without saying what happened', () => {
    expect(summary('Long exempt session tonight on the waste contract.')).toEqual([['privateMeeting', 'exempt session', 'warn']]);
  });

  test('passes procedure about private items and published papers', () => {
    expect([
      ...check('Item 9 will be taken in private session because it contains commercial information.'),
      ...check('The Part 2 report on the depot is no longer exempt and has been published.'),
      ...check('Call our confidential helpline on 0808 2000 247.'),
      ...check('Support group meeting for carers at the library on Tuesday.'),
    ]).toEqual([]);
  });

  test('catches confidential information however it is dressed up', () => {
    expect([
      'Off the record, officers told us the leisure centre contract is being terminated.',
      'Our legal advice says the council would lose the appeal.',
      'Saw the confidential draft of the budget today and it is grim.',
      'The embargoed report on school closures lands next week.',
      'Three line whip on the budget tonight, apparently.',
    ].map((text) => check(text).length > 0)).toEqual([true, true, true, true, true]);
  });

  test('stops flagging a confidential matter once its date has passed', () => {
    expect([check('Project Falcon is going well.', makeOptions({ at: '2027-07-01T10:00:00Z' })).length, check('Project Falcon is going well.').length]).toEqual([0, 1]);
  });
});
