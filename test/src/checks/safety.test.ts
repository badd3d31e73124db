import { describe, expect, test } from 'vitest';
import safety from '../../../src/checks/safety.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';
import { runCheckExamples } from '../../helpers/check-tester.js';

const pack = exampleCompiledPack();
const check = (text: string) => runCheck(safety, text, makeOptions(), pack);
const summary = (text: string) => check(text).map((finding) => [finding.messageId, finding.excerpt, finding.severity]);

describe('safety', () => {
  runCheckExamples(safety);

  test('warns about the trip and the empty house, with spans in the typed text', () => {
    const text = 'Off to Spain for a fortnight from tomorrow. The house will be empty so no surgeries until the 20th!';
    const start = text.indexOf('house');
    expect(check(text).map((finding) => [finding.messageId, finding.start, finding.end, finding.severity])).toEqual([
      ['awayFromHome', 0, text.indexOf('.'), 'warn'],
      ['emptyHome', start, start + 'house will be empty'.length, 'warn'],
    ]);
  });

  test('reports the councillor’s own address, not the words around it', () => {
    expect(summary('Residents can always pop round to mine at 4 orchard way, door’s always open')).toEqual([['ownAddress', '4 orchard way', 'warn']]);
  });

  test('reports a live location up to the invitation to come over', () => {
    expect(summary('Sat in the Red Lion right now if anyone wants a chat about the bins 🍺')).toEqual([['liveLocation', 'Sat in the Red Lion right now', 'warn']]);
  });

  test('reports one finding for overlapping phrases about being alone', () => {
    expect(summary('Home alone tonight, any film recommendations?')).toEqual([['aloneAtHome', 'Home alone tonight', 'warn']]);
  });

  const RISKS = [
    'away on holiday until the 20th, back to casework after that',
    "We're jetting off to Tenerife on Saturday for 10 days! Can't wait ☀️",
    "I'm away from Friday till the 3rd, please contact Cllr Smith for anything urgent.",
    'Hubby and I are off on our holidays tomorrow!! Two weeks of sun 🌞',
    'Can’t wait for our cruise next week, two weeks in the Med!',
    'Flying out to Florida tomorrow for three weeks with the family!',
    "I'm at Costa on Mill Road now, pop by and say hi",
    'My address is 12 Acacia Avenue if you want to drop letters off.',
    'I live on Willow Close so I know how bad the parking is.',
    'Husband is away all week so it’s just me and the cat 🐱',
    'Every evening I run the towpath from Baits Bite lock on my own, it’s so peaceful.',
    "Can't do my surgery Sat - we're away in Wales for the week",
    'Just landed in Malaga ✈️ see you all in two weeks!',
    "I'll be on leave from 1 to 14 August, Cllr Brown is covering.",
    'Off to Center Parcs for the weekend!!',
    'Greetings from sunny Lanzarote! 🌴',
    'Letters can be dropped at my home, 5 Acacia Ave.',
    "Every Tuesday I'm at the gym at 6am, it's so quiet.",
    'we r off 2 spain 4 a fortnight from 2moro!!!',
  ];
  test.each(RISKS)('flags: %s', (text) => {
    expect(check(text).length).toBeGreaterThan(0);
  });

  const ORDINARY_POSTS = [
    'Back from a lovely week in Devon. Lots of casework to catch up on!',
    'Had a fantastic holiday in Cornwall last week, now back to work.',
    'My surgery is this Saturday 10-12 at Arbury Library. Come and say hello!',
    "I'm at the Mill Road Winter Fair all afternoon, come and find me at the Labour stall!",
    'Heading to Shire Hall for cabinet tomorrow.',
    'Enjoy your holidays everyone and stay safe!',
    'Holiday lets are taking homes away from local families.',
    "I'm at breaking point with these potholes right now.",
    'I am in full agreement with residents now.',
    'The bin lorry will be away for repairs until Friday, collections will be late.',
    'The empty house on Mill Road has been derelict for years.',
    'Street stall on Mitcham’s Corner this Saturday, 10am until 12. Come and say hi!',
    'My office is at 12 Market Street, open Mon-Fri.',
    'I live in Arbury and have done for 30 years.',
    'Every Friday morning I hold a surgery at the library, all welcome.',
    'Every morning the gritters go out at 5am on priority routes.',
    'Nobody at the council seems to care about the potholes on Mill Road.',
    'I will be away from the chamber for the vote because I have declared an interest.',
    "I'm in Westminster today lobbying for more bus funding with our MP.",
    'Gritters are out tonight on all priority routes. Take care on the roads! ❄️',
    "I'm off to bed, goodnight all.",
    'Off out for a curry tonight with the family.',
    'Greetings from the Mill Road Winter Fair!',
    'Off to London for the LGA conference today.',
    'Away fans are asked to use the Newmarket Road car park.',
    'The house was empty for two years before the council stepped in.',
    "I'm at Shire Hall all day for Full Council.",
  ];
  test.each(ORDINARY_POSTS)('passes: %s', (text) => {
    expect(check(text)).toEqual([]);
  });


  test('reads a trip by the whole family, or one that opens the post, as the writer’s', () => {
    expect([
      ...summary('Whole family off to Tenerife for a fortnight from Saturday! Can’t wait ☀️'),
      ...summary('Flight’s at 6am tomorrow - two weeks in Florida with the grandkids!!'),
    ]).toEqual([
      ['awayFromHome', 'off to Tenerife for a fortnight from Saturday', 'warn'],
      ['awayFromHome', 'Flight’s at 6am tomorrow', 'warn'],
    ]);
    expect(check('Holiday lets are taking homes away from local families this week.')).toEqual([]);
  });

  test('needs a place after “off to” or “I’m in” before it reads an absence', () => {
    expect([
      ...check('I’m going to keep pushing until the potholes are fixed.'),
      ...check('I’m in the chamber until 6pm for the budget debate.'),
    ]).toEqual([]);
    expect(summary('I’m in Cornwall from the 3rd to the 10th, Cllr Brown is covering.')).toEqual([['awayFromHome', 'I’m in Cornwall from the 3rd to the 10th', 'warn']]);
  });

  test('reports an empty house, the writer’s own door and a night alone however they are put', () => {
    expect([
      ...summary('House empty till the 20th so I’ll be slow replying.'),
      ...summary('Residents are welcome to drop letters through my door at 7 Hazel Close any time.'),
      ...summary('Hubby’s working nights all week so it’s just me and the dog.'),
    ].map(([id, excerpt]) => [id, excerpt])).toEqual([
      ['emptyHome', 'House empty'],
      ['ownAddress', '7 Hazel Close'],
      ['aloneAtHome', 'Hubby’s working nights'],
      ['aloneAtHome', 'just me and the dog'],
    ]);
  });

  test('reads “here till closing” as a live location', () => {
    expect(summary('Just got to the Crown and Anchor, I’ll be here till closing if anyone wants a chat').map(([id]) => id)).toEqual(['liveLocation']);
  });
});
