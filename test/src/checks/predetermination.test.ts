import { describe, expect, test } from 'vitest';
import predetermination from '../../../src/checks/predetermination.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions, makePack, matter } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const check = (text: string, options = makeOptions()) => runCheck(predetermination, text, options, pack);

describe('predetermination', () => {
  runCheckExamples(predetermination);

  test('reports the closed-mind phrase with spans in the text as typed', () => {
    const text = 'Mill Road flats: I’ll be voting AGAINST this!';
    expect(check(text)).toEqual([
      expect.objectContaining({ ruleId: 'predetermination', severity: 'block', start: text.indexOf('I’ll'), end: text.indexOf(' this!') }),
    ]);
  });

  test('blocks a pending matter named by its reference, and names the matter in the message', () => {
    const [finding] = check('No way will I support 24/01234/FUL.');
    expect(finding).toMatchObject({ severity: 'block', message: expect.stringContaining('Land north of Mill Road: 120 dwellings (24/01234/FUL)') });
  });

  test('finds a pending matter by the site named in its title', () => {
    const findings = check('Land north of Mill Road is the wrong place for 120 homes and I won’t be persuaded otherwise.');
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([['won’t be persuaded otherwise', 'block']]);
  });

  test('warns, rather than blocks, on a generic application that is not in the pack', () => {
    const text = 'The application for 40 flats at the old bus depot is unacceptable and I will ensure it is rejected.';
    expect(check(text).map((f) => [f.excerpt, f.severity])).toEqual([['will ensure it is rejected', 'warn']]);
  });

  test('blocks a generic application when the councillor sits on the deciding committee', () => {
    const options = makeOptions({ profile: { committees: ['Planning'], contacts: [] } });
    expect(check('The depot development must be refused.', options)).toEqual([expect.objectContaining({ severity: 'block', messageId: 'closedMindMember' })]);
  });

  test('stays quiet when the closed-mind words are negated or the mind is declared open', () => {
    expect([
      ...check('I have not made up my mind on the Mill Road scheme.'),
      ...check('I won’t be voting against the application until I have heard all the evidence.'),
      ...check('Residents told me “this application must be refused” and I have passed that on.'),
    ]).toEqual([]);
  });

  test('ignores a matter already decided before the posting date', () => {
    const decided = makePack({ pendingMatters: [matter('Orchard Park homes', { ref: '23/00001/OUT', decisionDate: '2026-01-10' })] });
    expect(runCheck(predetermination, 'I was always going to vote against 23/00001/OUT, end of story.', makeOptions(), decided).map((f) => f.severity)).toEqual([]);
  });

  test('does not treat political votes on the budget as predetermination', () => {
    expect([...check('I will be voting against these budget cuts at full council.'), ...check('We will fight for better buses.')]).toEqual([]);
  });

  test('reads campaign hashtags as a stance on the matter', () => {
    expect(check('Mill Road flats decision next month. #StopMillRoadFlats').map((f) => f.excerpt)).toEqual(['#StopMillRoadFlats']);
  });
});
