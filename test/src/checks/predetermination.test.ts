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


  test('reads “100%” and a promised vote as a closed mind', () => {
    expect([
      ...check('I’m 100% behind the new superstore on the old gasworks site. Bring on the jobs!'),
      ...check('Residents can count on my vote against the Mill Road flats.'),
      ...check('The Anchor want to open till 3am. They won’t be getting my vote at licensing sub-committee.'),
    ].map((f) => f.excerpt)).toEqual(['I’m 100% behind the', 'count on my vote against', 'won’t be getting my vote']);
  });

  test('finds the matter a campaign hashtag names inside it', () => {
    const hillFarm = makePack({ pendingMatters: [matter('Hill Farm: up to 300 dwellings', { ref: '23/04567/OUT', decisionDate: '2026-12-09' })] });
    const [pending] = runCheck(predetermination, 'Packed meeting tonight. #SaveHillFarm', makeOptions(), hillFarm);
    expect(pending).toMatchObject({ excerpt: '#SaveHillFarm', severity: 'block', message: expect.stringContaining('Hill Farm: up to 300 dwellings (23/04567/OUT)') });
    expect(check('Packed meeting at the village hall tonight. #StopCottenhamFields').map((f) => [f.excerpt, f.severity])).toEqual([['#StopCottenhamFields', 'warn']]);
    expect(check('No to the cuts! Save our libraries. #SaveOurLibraries')).toEqual([]);
  });

  test('leaves support for people alone, but not support for their objections', () => {
    expect(check('I’ll support residents every step of the way through the planning process.')).toEqual([]);
    expect(check('I will support residents’ objections to the Mill Road flats at committee.').map((f) => f.excerpt)).toEqual(['will support']);
  });

  test('ignores a stance on a generic matter that the post says was already decided', () => {
    expect(check('Great to see the #SaveTheRec campaigners at planning committee - the application was refused.')).toEqual([]);
  });

  test('reads a position as being about what follows it, and a pronoun as the matter nearby', () => {
    expect(check('I’m opposed to the Mill Road flats and will say so.').map((f) => [f.excerpt, f.severity])).toEqual([['opposed to', 'block']]);
    expect(check('The Mill Road flats? I’m against it.').map((f) => [f.excerpt, f.severity])).toEqual([['against', 'block']]);
  });

  test('counts a call to throw the matter out only when it is the writer’s own', () => {
    expect(check('The incinerator is a disaster and I’ll be making sure councillors throw it out.').map((f) => f.excerpt)).toEqual(['throw it out']);
    expect(check('The planning inspector could still throw it out on appeal.')).toEqual([]);
  });

  test.each([
    'Not one more betting shop on our high street. I’ll be voting no when the licence application comes to committee.',
    'No to the quarry! I’ll be speaking and voting against the extension at the planning meeting in March.',
    'Deffo voting against the phone mast on Station Road when it comes to planning.',
    'Another drive thru on Newmarket Road?? I’ve told the applicant it won’t get past me at committee.',
    'Let me be clear: my answer to the Brook Street HMO is no.',
    'No more HMOs in Brook Street! I’ll be opposing this one all the way.',
    'Residents, rest assured: the solar farm will get the green light from me.',
    'This monstrosity must never be built. I’ll do everything I can to stop the Cottenham Fields scheme.',
    'The superstore? I’m against it.',
    'Proud to be leading the fight against the Cottenham Fields development.',
  ])('flags: %s', (text) => {
    expect(check(text).length).toBeGreaterThan(0);
  });

  test.each([
    'I’ve asked for the Mill Road flats to be called in to committee so residents can be heard.',
    'I’m on the licensing sub-committee so I won’t be commenting on the Anchor licence until it has been heard.',
    'Delighted the planning committee voted to refuse the incinerator last night. Thank you to everyone who objected.',
    'Over my dead body will I do a bungee jump for charity 😂',
    'I’ll be fighting for more funding for our libraries at full council.',
    'I strongly support more affordable homes in the district.',
    'Campaigners have launched #StopTheCuts ahead of next week’s budget meeting.',
    'Planning officers explained that the committee can only refuse it on planning grounds.',
    'I object to the way residents were treated at the planning meeting.',
    'Proud to support the Scouts’ application for a community grant.',
    'I support the planning team’s work on enforcement.',
    'Will I support the Mill Road flats? I’ll decide at committee after hearing everyone.',
  ])('passes: %s', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('reads British idiom for a closed mind on a pending matter', () => {
    expect(
      [
        'Mill Road flats on a flood plain?? Not a cat in hell’s chance this gets my vote.',
        'If the Mill Road lot think they’re getting this through, they’ve another thing coming.',
        'The Mill Road flats? Binned. Next.',
        'There’s no way on God’s earth the Mill Road flats get approved.',
        'The Mill Road flats developers can save themselves the bother of turning up.',
        'The Mill Road flats will NOT be built while I’m on the committee.',
        'Me and the other ward cllrs will make sure the Mill Road flats never see the light of day.',
        'The Mill Road flats won’t get past committee, trust me.',
      ].map((text) => check(text).length > 0),
    ).toEqual([true, true, true, true, true, true, true, true]);
  });

  test('reports “making sure it gets chucked out” with the span on the promise', () => {
    const text = 'The Mill Road flats are a disgrace of a scheme. I’ll be making sure it gets chucked out on the 10th.';
    expect(check(text).map((f) => [f.start, f.end, f.severity])).toEqual([[text.indexOf('making'), text.indexOf(' on the 10th'), 'block']]);
  });

  test('passes the same idioms when no matter for decision is in view', () => {
    expect(
      [
        'Not a cat in hell’s chance the buses run on time in this snow - leave extra time!',
        'Over my dead body would I miss the Christmas lights switch-on!',
        'Heads up: Mill Road will be closed for resurfacing from Monday.',
        'Lots of you asking about the Mill Road flats. I sit on planning so I can’t give a view before committee.',
      ].map((text) => check(text).length),
    ).toEqual([0, 0, 0, 0]);
  });

  test('reads a contracted “mind’s made up”, a refusal to back, and a promised “no” at committee', () => {
    expect(
      [
        'Mill Road flats: I’ve seen enough. My mind’s made up, sorry developers.',
        'Whatever the officers say, Mill Road doesn’t need 120 more flats and I won’t be backing them.',
        'The Mill Road flats with 12 parking spaces? This one’s getting a big red NO at committee.',
        'The Mill Road flats? Absolutely not, and I’ll be telling the committee exactly that.',
      ].map((text) => check(text).length > 0),
    ).toEqual([true, true, true, true]);
  });
});
