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


  test('reads “in confidence” as confidential only when something was told in confidence', () => {
    expect(summary('Members were told in confidence today that 40 jobs will go at the depot.')).toEqual([['confidentialDocument', 'told in confidence', 'block']]);
    expect(check('Casework is always handled in confidence - drop me a message.')).toEqual([]);
  });

  test('reports a group meeting or a members’ briefing only when it passes on what was said', () => {
    expect([
      ...check('Busy week: group meeting tonight, full council on Thursday.'),
      ...check('Our group meeting was lively tonight!'),
      ...check('Useful members’ briefing on the local plan today, thanks to the officers.'),
    ]).toEqual([]);
    expect(summary('At Labour group last night the leader told us council tax is going up 4.99%.')).toEqual([['groupMeeting', 'At Labour group last night', 'block']]);
    expect(summary('At the members’ briefing officers let slip that the depot is being sold.')).toEqual([['privateMeeting', 'members’ briefing', 'block']]);
  });

  test('always reports a whip or what a group decided at its meeting', () => {
    expect([
      ...summary('Our group has been whipped to vote for the cuts on Thursday.'),
      ...summary('Group agreed tonight to block the Tory amendment - they won’t see it coming!'),
    ]).toEqual([
      ['groupMeeting', 'been whipped to vote', 'block'],
      ['groupMeeting', 'Group agreed tonight', 'block'],
    ]);
  });

  test('reads a sum of money next to a private item as passing it on', () => {
    expect(summary('The exempt appendix puts the land value at £3.2m - far more than we’ve been told publicly.')).toEqual([['privateMeeting', 'exempt appendix', 'block']]);
  });

  test('warns about a hint of private news only when it is about council business', () => {
    expect(check('Exciting plans for the new play park - watch this space!')).toEqual([]);
    expect(summary('Big news on the leisure centre contract soon - watch this space!')).toEqual([['confidentialDocument', 'watch this space', 'warn']]);
  });

  test('passes procedure about exempt items and private sessions', () => {
    expect([
      ...check('Item 14 on Thursday’s agenda is exempt under paragraph 3 of Schedule 12A.'),
      ...check('Tonight’s council meeting will go into private session for the final item on a staffing matter.'),
      ...check('The meeting was held behind closed doors, which I think is wrong.'),
      ...check('The draft budget consultation is live - have your say on the council website.'),
    ]).toEqual([]);
  });

  test('makes one finding of phrases inside each other', () => {
    expect(summary('What was said behind closed doors tonight was shocking.')).toEqual([['privateMeeting', 'behind closed doors', 'block']]);
  });
});
