import { describe, expect, test } from 'vitest';
import councilBranding from '../../../src/checks/council-branding.js';
import type { CheckOptionsInput } from '../../../src/checks/types.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const personal = makeOptions({ capacity: 'personal' });
const check = (text: string, options: CheckOptionsInput = personal) => runCheck(councilBranding, text, options, pack);
const summary = (text: string, options: CheckOptionsInput = personal) => check(text, options).map((f) => [f.messageId, f.severity]);

describe('council-branding', () => {
  runCheckExamples(councilBranding);

  test('blocks speaking for the council from a personal account, with the span on the phrase as typed', () => {
    const text = 'On behalf of Cambridgeshire County Council, I can confirm the bridge will reopen on Monday.';
    expect(check(text)).toEqual([
      expect.objectContaining({ messageId: 'speakingForCouncil', severity: 'block', start: 0, end: text.indexOf(',') }),
    ]);
  });

  test('only advises a councillor, who may be authorised to speak for the council', () => {
    expect(summary('Speaking for the county council: we will not be raising council tax next year.', makeOptions())).toEqual([['speakingForCouncil', 'advise']]);
  });

  test('warns a councillor who lends the council to an opinion or a campaign', () => {
    const councillor = makeOptions();
    expect(summary('The council’s official position is that the A14 scheme is a disaster, and I’ve said so for years.', councillor)).toEqual([['viewAsCouncilPosition', 'warn']]);
    expect(summary('The council backs my re-election campaign.', councillor)).toEqual([['councilBacking', 'warn']]);
    expect(summary('Speaking for the county council: we will not be raising council tax. Vote Smith!', councillor)).toEqual([['speakingForCouncil', 'warn']]);
  });

  test('blocks the council’s voice in campaign material', () => {
    expect(summary('Speaking for the county council: we will not be raising council tax next year. Vote Smith!', makeOptions({ capacity: 'campaign' }))).toEqual([
      ['speakingForCouncil', 'block'],
    ]);
  });

  test.each([
    ['The council’s official position is that the A14 scheme is a disaster, and I’ve said so for years.', 'viewAsCouncilPosition'],
    ['The council’s view is that the busway was a waste of money. Couldn’t agree more.', 'viewAsCouncilPosition'],
    ['As a council we have decided to scrap the bus lane, and rightly so.', 'speakingForCouncil'],
    ['We at Example County Council are proud to back the Save Our Pub petition.', 'speakingForCouncil'],
    ['On behalf of the council I want to say sorry to residents for the bin strike.', 'speakingForCouncil'],
    ['Our petition is officially endorsed by the county council!', 'councilBacking'],
    ['The council backs my re-election campaign.', 'councilBacking'],
    ['Great news: the council is behind our campaign to save the library!', 'councilBacking'],
  ])('blocks “%s” from a personal account', (text, messageId) => {
    expect(summary(text)).toEqual([[messageId, 'block']]);
  });

  test.each([
    'The council has published its budget consultation. Have your say by 31 January.',
    'These are my personal views and not those of the council: I think we should be braver on bus franchising.',
    'Speaking entirely personally, the council should be braver on bus franchising.',
    'I’m not speaking for the council, but this is madness.',
    'You can read the council’s official position on the A14 here: example.gov.uk/a14',
    'The council’s view is that the road will reopen on Monday.',
    'The council’s position is that the bridge is safe, but I am not convinced.',
    'On behalf of residents I’ve written to the council about the potholes.',
    'I wrote on behalf of the council’s tenants to the housing minister.',
    'Contractors acting on behalf of Example County Council will start on Monday, I’m told.',
    'I accepted the award on behalf of the council at last night’s ceremony.',
    'The scheme has been officially endorsed by the council.',
    'The council supports the Save Our Library campaign, after a vote at full council.',
    'Thanks to the council’s gritting crews who worked through the night.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('reports a council logo on an attached image, naming the logo, as a finding about the whole post', () => {
    const attachments = [{ kind: 'image' as const, logoMatches: [{ logo: 'Example County Council crest' }] }];
    expect(check('Come along to our street stall on Saturday.', makeOptions({ capacity: 'campaign', attachments }))).toEqual([
      expect.objectContaining({ messageId: 'councilLogo', severity: 'block', start: 0, end: 0, message: expect.stringContaining('Example County Council crest') }),
    ]);
    expect(summary('Street works update.', makeOptions({ attachments }))).toEqual([['councilLogo', 'advise']]);
  });

  test('still reports a logo when the text carries a personal disclaimer', () => {
    const attachments = [{ kind: 'image' as const, logoMatches: [{ logo: 'council logo' }] }];
    expect(summary('Views my own.', makeOptions({ capacity: 'personal', attachments }))).toEqual([['councilLogo', 'block']]);
  });


  test.each([
    ['The Council officially supports my campaign to save the Corn Exchange - sign the petition!', 'councilBacking'],
    ['Exampleshire County Council is proud to support my campaign to save the lido!', 'councilBacking'],
    ['The county council is firmly behind my petition to reopen the railway station.', 'councilBacking'],
    ['As your council, we’re telling the government: hands off our bus services!', 'speakingForCouncil'],
  ])('blocks the council’s voice or backing however it is put: “%s”', (text, messageId) => {
    expect(summary(text)).toEqual([[messageId, 'block']]);
  });

  test('does not read a request to the council, its officers or a denial as its backing', () => {
    expect([
      ...check('I’ve asked the council to back our campaign for a 20mph zone.'),
      ...check('Council officers are supporting our litter pick with free bags and grabbers.'),
      ...check('The council does not support our campaign, sadly.'),
    ]).toEqual([]);
  });
});
