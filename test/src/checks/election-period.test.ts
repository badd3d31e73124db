import { describe, expect, test } from 'vitest';
import electionPeriod from '../../../src/checks/election-period.js';
import type { CheckOptionsInput } from '../../../src/checks/types.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
/** A date inside the example pack's pre-election period (26 March to 6 May 2027). */
const inElection = (overrides: CheckOptionsInput = {}): CheckOptionsInput => makeOptions({ at: '2027-04-20T10:00:00+01:00', ...overrides });
const check = (text: string, options = makeOptions()) => runCheck(electionPeriod, text, options, pack);
const flagged = (text: string, options = makeOptions()) => check(text, options).filter((f) => f.severity !== 'advise').map((f) => f.messageId);

describe('election-period', () => {
  runCheckExamples(electionPeriod);

  test('asks for an imprint on a vote request, with the span on the words as typed', () => {
    const text = 'Vote Green on 6 May for a cleaner, fairer Cambridgeshire! #VoteGreen';
    expect(check(text)).toEqual([
      expect.objectContaining({ messageId: 'electionMaterial', severity: 'warn', start: 0, end: text.indexOf(' on 6 May') }),
    ]);
  });

  test('blocks election material without an imprint when posting in a campaign capacity', () => {
    expect(check('Vote Smith!', makeOptions({ capacity: 'campaign' })).map((f) => [f.messageId, f.severity])).toEqual([['electionMaterial', 'block']]);
  });

  test('says when an imprint lacks a postal address, pointing at the imprint', () => {
    const text = 'Re-elect us in May! Promoted by Jo Bloggs on behalf of Arbury Labour.';
    expect(check(text)).toEqual([
      expect.objectContaining({ messageId: 'imprintNoAddress', start: text.indexOf('Promoted'), end: text.length }),
    ]);
  });

  test('accepts an imprint with an address, a PO box or one kept in the profile', () => {
    for (const imprint of [
      'Promoted by A. Example on behalf of the Green Party, both at 1 Example Street, Cambridge CB1 1AA.',
      'Promoted by J Smith on behalf of Sam Patel, PO Box 123, Exampleton.',
      'Imprint in bio.',
    ]) {
      expect(check(`Vote Green on 6 May! ${imprint}`, makeOptions({ capacity: 'campaign' }))).toEqual([]);
    }
  });

  test.each([
    'On Thursday, put your X next to Sam Patel: a councillor who actually turns up.',
    'Labour or the Tories? In Arbury it’s a two-horse race between us and Reform. Every vote counts!',
    'Proud to be standing again for Arbury division on 6 May. I’d be grateful for your support.',
    'Remember who fixed your potholes when you go to vote on Thursday 😉 #VoteLibDem',
    'A vote for the Greens is a vote for higher council tax. Simple as that.',
    'Vote Conservative on 6 May to keep council tax low!',
    'vote reform on thursday, time to drain the swamp',
    'Only Labour can stop Reform in Cambridgeshire. Lend us your vote on May 6th.',
    'Help me get re-elected: pick up a leaflet and share this post!',
    'Your Green candidate for Castle, Jo Bloggs, will fight for cleaner air.',
    'Please vote for Jane Smith and her team on Thursday.',
    'Tactical voting guide: in Arbury only Labour can beat the Tories.',
    'Out on the doorstep in Kings Hedges today with the fab Lib Dem team. Great response!',
    'Only the Lib Dems can beat the Tories here. Don’t waste your vote!',
  ])('treats “%s” as election material', (text) => {
    expect(flagged(text)).toEqual(['electionMaterial']);
  });

  test.each([
    'Reminder that polling stations are open 7am to 10pm on Thursday. Find yours at wheredoivote.co.uk',
    'Make sure you’re registered to vote by 20 April. Postal vote applications close on the 21st.',
    'Don’t forget to vote on Thursday, whoever you support! Bring your photo ID.',
    'Brilliant turnout at the Pride picnic on Jesus Green today 🏳️‍🌈',
    'Cllr Green and I met residents about the Histon Road junction today.',
    'Labour market figures show unemployment in the county is down to 3.1%.',
    'A Conservative estimate puts the cost of the repairs at £400k.',
    'Reform of adult social care funding is long overdue.',
    'The Conservative group’s amendment on the budget was defeated 34 to 21.',
    'The Lib Dems voted for the Labour amendment at full council tonight.',
    'Please vote for Arbury Community Garden in the Aviva Community Fund. Voting closes Friday!',
    'Vote for Mill Road Bakery in the Best Café awards!',
    'Hustings for all the Arbury candidates on 28 April at the church hall. All welcome.',
    'Congratulations to Cllr Smith on being re-elected as chair of the parish council.',
    'The green bin collections are suspended over Christmas: check the council website.',
    'Knocked on doors in Kings Hedges today to talk to residents about the bus consultation.',
    'Vote Thursday! Polls are open 7am to 10pm.',
    'Labour, Lib Dem and Green councillors all spoke against the cuts at full council.',
    'Welcome back Labour councillor Sam Jones after her illness.',
    'Thanks for your support, Labour friends, at the carol service.',
  ])('leaves “%s” alone, even in the pre-election period', (text) => {
    expect(flagged(text, inElection())).toEqual([]);
  });

  test('flags a council announcement tied to polling day in the pre-election period', () => {
    const text = 'As chair of Highways I’m delighted to announce the council will resurface every road in my division this summer. Remember that on polling day!';
    expect(check(text, inElection()).map((f) => [f.messageId, f.excerpt])).toEqual([
      ['councilCredit', 'As chair of'],
      ['electionMaterial', 'Remember that on polling day'],
    ]);
  });

  test('flags council spending credited to a party group even when the material carries an imprint', () => {
    const text = 'Our Labour group secured £2m for new cycle lanes, paid for by your county council! Promoted by J Smith for Arbury Labour, 1 High Street, Exampleton EX1 1AA.';
    expect(flagged(text, inElection({ capacity: 'campaign' }))).toEqual(['councilCredit']);
    expect(flagged(text)).toEqual([]);
  });

  test('only advises on a councillor’s announcement that is not tied to a party or a vote', () => {
    const findings = check('As cabinet member for highways I’m delighted to announce £1m for potholes.', inElection());
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['councilAnnouncement', 'advise']]);
  });

  test('warns on party promotion posted as a councillor in the pre-election period, and advises on a personal account', () => {
    const text = 'Labour have delivered for Arbury and we will keep delivering.';
    expect(check(text, inElection()).map((f) => [f.messageId, f.severity])).toEqual([['partyPolitical', 'warn']]);
    expect(check(text, inElection({ capacity: 'personal' })).map((f) => f.severity)).toEqual(['advise']);
    expect(check(text)).toEqual([]);
  });

  test('flags the council’s own account tagged into a political post: warn in the pre-election period, advise otherwise', () => {
    const text = 'Tory cuts have failed this town, @ExampleCC. Vote Labour!';
    const tagged = (options: CheckOptionsInput) => check(text, options).filter((f) => f.messageId === 'councilTagged').map((f) => [f.excerpt, f.severity]);
    expect(tagged(inElection())).toEqual([['@ExampleCC', 'warn']]);
    expect(tagged(makeOptions())).toEqual([['@ExampleCC', 'advise']]);
  });

  test('recognises a handle that is plainly a council’s even when the pack does not list it', () => {
    const findings = check('Only the Greens will fix this, @SouthCambsDC!', inElection());
    expect(findings.filter((f) => f.messageId === 'councilTagged').map((f) => f.excerpt)).toEqual(['@SouthCambsDC']);
  });

  test('does not mind the council being tagged in a service post', () => {
    expect(check('@ExampleCC the streetlight on Milton Road is out again, reported via the app.', inElection())).toEqual([]);
  });

  test('ignores vote requests quoted from someone else', () => {
    expect(flagged('Their leaflet says “only the Lib Dems can win here”. Check the actual results first.')).toEqual([]);
  });


  test('reads “don’t let them back in” as asking for votes', () => {
    const text = 'Only the Conservatives will keep your council tax low. Don’t let Labour back in on 6 May!';
    expect(flagged(text, inElection({ capacity: 'personal' }))).toEqual(['electionMaterial']);
  });

  test('treats canvassing as election material only when a party or the poll is named', () => {
    const campaign = inElection({ capacity: 'campaign' });
    expect(check('Out canvassing in the sunshine with the team - so many lovely chats.', campaign)).toEqual([]);
    expect(flagged('Out on the doorstep in Arbury with the Labour team today!', campaign)).toEqual(['electionMaterial']);
  });

  test('reads council spending credited to a party’s councillors', () => {
    expect(flagged('Thanks to Lib Dem councillors, the council is spending £1.2m fixing potholes this year.', inElection())).toEqual(['councilCredit']);
  });

  test('reads an attack on the party running the council as party politics', () => {
    expect(flagged('The Lib Dems have run this council into the ground.', inElection())).toEqual(['partyPolitical']);
  });
});
