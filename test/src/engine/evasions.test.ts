import { describe, expect, test } from 'vitest';
import abuse from '../../../src/checks/abuse.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

/**
 * Evasions (censored, leetspeak, stretched, look-alike letters, hidden characters, capitals,
 * CamelCase hashtags) handled end to end: typed text → prepared tokens → pack matcher → the
 * abuse check, with the finding on the word as typed.
 */

const pack = exampleCompiledPack();
const findings = (text: string) => runCheck(abuse, text, makeOptions(), pack).map((f) => [f.messageId, f.excerpt, f.severity]);

describe('evasions through the abuse check', () => {
  test('reads censored swearing as swearing', () => {
    expect([
      ...findings('f*** this, what a sh*t show'),
      ...findings('Absolute b******s from the leader tonight.'),
      ...findings('F@ck off Cllr Brown.'),
      ...findings('That was f***ing embarrassing.'),
    ]).toEqual([
      ['profanity', 'f***', 'warn'],
      ['profanity', 'sh*t', 'warn'],
      ['profanity', 'b******s', 'warn'],
      ['profanity', 'F@ck', 'warn'],
      ['profanity', 'f***ing', 'warn'],
    ]);
  });

  test('undoes leetspeak and stretched spellings', () => {
    expect([
      ...findings('Cllr Green is a 1d10t'),
      ...findings('you are stuuupid'),
      ...findings('Absolute sh1te from the cabinet tonight.'),
      ...findings('What a m0r0n.'),
    ]).toEqual([
      ['insult', '1d10t', 'warn'],
      ['personalAttack', 'stuuupid', 'warn'],
      ['profanity', 'sh1te', 'warn'],
      ['insult', 'm0r0n', 'warn'],
    ]);
  });

  test('sees through look-alike letters and hidden characters, reporting the word as typed', () => {
    const cyrillic = 'Cllr Brown is an іdіot'; // Cyrillic і
    const hidden = 'Cllr Brown is a mor\u200Bon';
    expect([...findings(cyrillic), ...findings(hidden)]).toEqual([
      ['insult', 'іdіot', 'warn'],
      ['insult', 'mor\u200Bon', 'warn'],
    ]);
  });

  test('reads shouting in capitals like any other text', () => {
    expect(findings('ALL THESE MORONS IN CABINET')).toEqual([['insult', 'MORONS', 'warn']]);
  });

  test('finds insults inside hashtags, also in CamelCase', () => {
    expect([...findings('#idiot'), ...findings('Another U-turn. #SackTheIdiots')]).toEqual([
      ['insult', 'idiot', 'warn'],
      ['insult', '#SackTheIdiots', 'warn'],
    ]);
  });

  test('does not let a censored swear word pass for a slur', () => {
    expect(findings('b******s to that').map(([messageId]) => messageId)).toEqual(['profanity']);
  });

  test('leaves near misses alone however they are written', () => {
    expect([
      ...findings('SCUNTHORPE UNITED FANS: THE ROAD CLOSURE ENDS FRIDAY'),
      ...findings('Vote for a cl@ssic Sussex summer fete! #CockermouthCarnival'),
      ...findings('Tickets £5 at the door, kids go free.'),
      ...findings('Our 5*** rated hygiene award is well deserved!'),
    ]).toEqual([]);
  });
});
