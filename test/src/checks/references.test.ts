import { describe, expect, test } from 'vitest';
import references from '../../../src/checks/references.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const check = (text: string) => runCheck(references, text, makeOptions({ capacity: 'personal' }), pack);

describe('references', () => {
  runCheckExamples(references);

  test('reports the first endorsing words once, with the span in the text as typed', () => {
    const text = 'Highly recommend Dave Smith for any job. Worked with him at the council for years, top bloke. Hire him!';
    expect(check(text)).toEqual([
      expect.objectContaining({ messageId: 'reference', severity: 'warn', start: 0, end: 'Highly recommend'.length }),
    ]);
  });

  test.each([
    'Anyone looking for a plumber? My mate Dave is brilliant and really reasonable.',
    'I can vouch for her: Jane would be an asset to any team.',
    'Sarah Jones is looking for her next role and I cannot recommend her highly enough.',
    'Jane is a brilliant and reliable childminder, highly recommend her!',
    'Highly recommend Dave for any building work, honest and reliable.',
    'If you need a builder, Tom Baker did our extension and was brilliant.',
    'Had the pleasure of working with Priya for six years. Any employer would be lucky to have her.',
    'My nephew is #OpenToWork after finishing his apprenticeship. Hire him, you won’t regret it!',
    'Can’t recommend Mark Evans highly enough: honest, tidy and fair prices.',
    'Would recommend my son-in-law for any decorating work, he’s a real grafter.',
    'Look no further than Kev Jones for roofing, top bloke and reliable.',
  ])('warns on “%s”', (text) => {
    expect(check(text).map((f) => f.severity)).toEqual(['warn']);
  });

  test.each([
    'I highly recommend the Christmas market on Saturday: lovely stalls and mulled wine.',
    'Congratulations to Dave Smith on his long-service award after 30 years with the fire service.',
    'Thank you to Jane and the volunteers who cleared the brook this morning.',
    'Officers recommend approval of the scheme, which goes to committee on Thursday.',
    'Anyone looking for a plumber should check the council’s trusted trader scheme.',
    'I’d recommend her book on local history to anyone interested in Arbury.',
    'Highly recommend Pizza Express on Regent Street for a family meal.',
    'Can’t recommend Mill Road Motors enough: honest and fair prices.',
    'I wouldn’t recommend him to anyone after what happened.',
    'The panel will recommend Cllr Jones as the new chair.',
    'Great to meet Jane Smith, our new headteacher. I’d recommend her open evening to all parents.',
    'Well done to Sam Patel, named Apprentice of the Year. A real credit to the town!',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('ignores an endorsement the councillor is quoting', () => {
    expect(check('The leaflet claimed “you can vouch for him” but nobody I spoke to could.')).toEqual([]);
  });

  test.each([
    ['Endorsed Sam Patel for project management on here today, one of the best officers I’ve ever worked with.', true],
    ['Gave Liam a reference for his apprenticeship today. Smashing lad, they’d be mad not to take him.', true],
    ['Need a decent mechanic? Steve at Hill Garage is your man, tell him I sent you.', true],
    ['Happy to endorse the Wildlife Trust’s call for more hedgerows on council land.', false],
    ['I’ve written a reference for the Mill Road traders’ bid to the high street fund.', false],
    ['Congratulations to Jack Turner on his new job with the fire service!', false],
  ])('on “%s” reports a reference: %s', (text, expected) => {
    expect(check(text).length > 0).toBe(expected);
  });

  test('reads “use him!” after praise for a named tradesman as a reference', () => {
    const text = 'Tom Ellis did a cracking job on our kitchen, top bloke, use him!';
    expect(check(text).map((f) => [f.messageId, f.start, f.end])).toEqual([['reference', text.indexOf('use him'), text.indexOf('!')]]);
  });

  test('takes informal praise of a named person found through a trade question as a reference', () => {
    expect(check('If anyone needs a childminder, Lisa Cole is fab - my grandkids love her.').length).toBe(1);
    expect(check('Well done Lisa Cole on 25 years as a childminder in the village!')).toEqual([]);
  });
});
