import { describe, expect, test } from 'vitest';
import copyright from '../../../src/checks/copyright.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const check = (text: string) => runCheck(copyright, text, makeOptions(), pack);
const summary = (text: string) => check(text).map((f) => [f.messageId, f.severity, f.excerpt]);

describe('copyright', () => {
  runCheckExamples(copyright);

  test('warns on an explicit sign of someone else’s image, with the span in the text as typed', () => {
    const text = 'Shocking state of the roads. Image from Google but you get the idea!';
    expect(check(text)).toEqual([
      expect.objectContaining({ messageId: 'othersMaterial', severity: 'warn', start: text.indexOf('Image'), end: text.indexOf(' but') }),
    ]);
  });

  test.each([
    ['Found this photo online of the old Corn Exchange, what a building.', 'Found this photo online'],
    ['Copied from the Cambridge News: the council has confirmed the bridge will close.', 'Copied from'],
    ['Lovely view of the cathedral at dusk. © Jane Smith Photography 2025', '©'],
    ['The Fens at sunset (c) 2024 Fenland Photos', '(c) 2024'],
    ['ALL RIGHTS RESERVED. Reproduced from the parish magazine.', 'ALL RIGHTS RESERVED'],
    ['Here’s the full article from the Times since it’s behind a paywall.', 'Here’s the full article'],
    ['Nicked this pic off Facebook but it shows the flooding perfectly.', 'Nicked this pic'],
    ['Grabbed a random image from the internet to show what a 20mph zone looks like.', 'random image from'],
  ])('warns on “%s”', (text, excerpt) => {
    expect(summary(text)).toEqual([['othersMaterial', 'warn', excerpt]]);
  });

  test('warns on a whole news article pasted in', () => {
    const paragraph = 'The county council said the scheme would cost £4m. A spokesperson for the council told the paper the works would start in spring, and the leader added that residents would be consulted. According to the report, the bridge will close for six weeks. ';
    const article = paragraph.repeat(7);
    expect(summary(article)).toEqual([['pastedArticle', 'warn', '']]);
  });

  test('advises checking permission when a credit names someone else', () => {
    expect(summary('Great shot of the flooding on the Fen. Photo: Jane Smith')).toEqual([['checkPermission', 'advise', 'Photo: Jane Smith']]);
    expect(summary('Great pic via @CambsNews of the flooding.')).toEqual([['checkPermission', 'advise', 'pic via @CambsNews']]);
  });

  test.each([
    'Great shot of the flooding on the Fen. Photo: Jane Smith, used with permission.',
    'Sunrise over the river this morning. Photo credit: my own!',
    'Found this lovely old photo in the Cambridgeshire Collection, used with kind permission.',
    'Photo courtesy of Cambridgeshire Fire and Rescue.',
    'I took this photo of the sunset over the Fen last night.',
    'Photo by me, on the new cycle bridge this morning.',
    'Worth a read: the Cambridge News has a good piece on the bus cuts. https://example.com/bus-cuts',
    'The government’s consultation on copyright and AI closes on Friday.',
    'Buses will be diverted via Arbury Road while the works take place.',
    'Photos from today’s Remembrance parade. Thank you to the Royal British Legion.',
    'Pic: Mill Road this morning after the snow.',
    'Please don’t copy and paste from other people’s posts without checking the facts.',
    'The options are (a) the budget, (b) the plan and (c) The council tax rise.',
    'Google Maps now shows the new bus gate on Mill Road.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  test.each([
    ['Copied this from the Evening Standard as it’s behind a paywall: council tax will rise by 4.99%.', 'Copied this from'],
    ['Found this brilliant cartoon on Facebook, sums up the government perfectly 😂', 'Found this brilliant cartoon on Facebook'],
    ['Great pic of the floods by Mark Reynolds (hope he doesn’t mind me sharing!)', 'hope he doesn’t mind me sharing'],
  ])('warns on “%s”', (text, excerpt) => {
    expect(summary(text)).toEqual([['othersMaterial', 'warn', excerpt]]);
  });

  test.each(['The full text of the motion is on the council website.', 'Sharing this from the Met Office: amber warning for wind tomorrow.'])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('does not let "my own view" excuse an image from Google, but does accept "my own photo"', () => {
    expect(summary('My own view is that the bypass is needed. Image from Google but you get the idea.')).toEqual([['othersMaterial', 'warn', 'Image from Google']]);
    expect(check('My own photo of the sunset over Ely, taken on the walk home.')).toEqual([]);
  });

  test('passes a short quotation in quotation marks after its named source', () => {
    expect(check('Copied from the Echo: ‘The county council has confirmed it will close three tips.’ Full article in their paper.')).toEqual([]);
  });

  test.each([
    ['Lifted this from the Telegraph: the council is ‘on the brink of bankruptcy’.', 'Lifted this from'],
    ['Found this great aerial shot of the town on Google, sharing for anyone who hasn’t seen it 😍', 'Found this great aerial shot of the town on Google'],
    ['Full Times article below for those who can’t get past the paywall:', 'Full Times article below'],
    ['Snapped this off the BBC website, says it all really.', 'Snapped this off the BBC website'],
  ])('still warns on “%s”', (text, excerpt) => {
    expect(summary(text)).toEqual([['othersMaterial', 'warn', excerpt]]);
  });

  test('warns on a cartoon taken from a newspaper, but not on a mention of an article in one', () => {
    expect(summary('Couldn’t resist sharing this cartoon from today’s Times 😂 spot on')).toEqual([['othersMaterial', 'warn', 'cartoon from today’s Times']]);
    expect(check('There’s a good article in today’s Echo about the bus cuts - worth buying a copy.')).toEqual([]);
  });
});
