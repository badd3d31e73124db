import { describe, expect, test } from 'vitest';
import financialInterest from '../../../src/checks/financial-interest.js';
import type { CheckOptionsInput } from '../../../src/checks/types.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { runCheckExamples } from '../../helpers/check-tester.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';

const pack = exampleCompiledPack();
const check = (text: string, options: CheckOptionsInput = makeOptions()) => runCheck(financialInterest, text, options, pack);

describe('financial-interest', () => {
  runCheckExamples(financialInterest);

  test('points at the business named as the councillor’s own, in the text as typed', () => {
    const text = 'Pop into my café on Mill Road this weekend: 20% off for anyone who mentions this post! ☕';
    expect(check(text)).toEqual([
      expect.objectContaining({ messageId: 'ownBusiness', severity: 'warn', start: text.indexOf('my café'), end: text.indexOf(' on Mill') }),
    ]);
  });

  test('points at the profession offered alongside the councillor role', () => {
    const text = 'As your councillor and a local estate agent, I’d be happy to value your home for free. DM me.';
    expect(check(text).map((f) => [f.messageId, f.excerpt])).toEqual([['servicesAsCouncillor', 'estate agent']]);
  });

  test.each([
    'My company, Example Builders Ltd, is now taking bookings for loft conversions.',
    'My new book on the history of Arbury is out now, order yours from the link in bio.',
    'Anyone needing a plumber? I’m a qualified plumber by trade, DM me for a quote.',
    'My husband’s pub is hosting a quiz night on Friday, come along!',
    'I run a bakery on Mill Road: 10% off this week for residents.',
    'Check out my Etsy shop for handmade Christmas cards.',
    'Our family business is now open on Sundays. Pop in and say hello!',
    'My salon has a special offer for Arbury residents this month.',
    'As a local mortgage adviser I can help first-time buyers: get in touch for a free consultation.',
    'Example Lettings Ltd is now taking on new landlords. Competitive rates!',
  ])('warns on “%s”', (text) => {
    expect(check(text).map((f) => f.severity)).toEqual(['warn']);
  });

  test.each([
    'Support small businesses this Christmas: Mill Road’s independent shops are open late on Thursday.',
    'Pop into my surgery at the library on Saturday morning if you have any casework.',
    'I have declared an interest as I own a shop on the street, and will not take part in the decision.',
    'I’ve closed my shop after 30 years. Thank you to all my customers.',
    'Our family business has been shortlisted for a county award, so proud!',
    'As a local builder myself I know how bad the potholes on Milton Road are.',
    'My shop is shut this week, I’m off on holiday.',
    'Support our small business owners this Christmas: pop in and say hello.',
    'Great to visit the new café on Mill Road today. Pop in for a coffee!',
    'Pop into my favourite café on Mill Road for the best bacon roll in town.',
    'DM me your address and I will report the pothole to highways.',
    'I don’t run a business, so I have no interest to declare on the market traders’ licences.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('only advises when the post is made in a personal capacity', () => {
    expect(check('My salon has a special offer this month.', makeOptions({ capacity: 'personal' })).map((f) => f.severity)).toEqual(['advise']);
  });

  test('reports a relative’s business named with its trade, and invitations phrased as "don’t miss"', () => {
    const text = 'Shameless plug: my daughter’s new nail bar opens on Saturday. First 20 customers get 10% off!';
    expect(check(text).map((f) => [f.messageId, f.excerpt])).toEqual([['ownBusiness', 'my daughter’s new nail bar']]);
    expect(check('Don’t miss my wife’s new salon opening on Saturday, book now!').map((f) => f.excerpt)).toEqual(['my wife’s new salon']);
  });

  test.each([
    'Our café at the community centre is run by volunteers, do pop in!',
    'My daughter’s school has won an eco award, so proud of them!',
    'My husband and I had a lovely meal at the Red Lion last night. Great to see it thriving.',
  ])('leaves the near miss “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('reports canvassing support for a family member’s application, with the span on the application', () => {
    const text = 'Fully behind my wife’s café application for outdoor seating - get your support comments in!';
    expect(check(text).map((f) => [f.messageId, f.excerpt, f.severity])).toEqual([['ownApplication', 'my wife’s café application', 'warn']]);
  });

  test.each([
    'Planning application for my own barn conversion at Lower Farm is in - please send in support comments, every one helps!',
    'Shameless plug 🙈 my daughter’s new dog grooming van is now taking bookings across the ward - first groom half price!',
    'Fancy a pint after full council? The Plough (which me and the missus run 😉) has a quiz every Thursday, all welcome!',
    'Need your gutters cleared? My son’s just started his own business, mention my name for 10% off!',
  ])('flags “%s”', (text) => {
    expect(check(text).length).toBe(1);
  });

  test.each([
    'The Mill Road café’s application for outdoor seating is open for comments until Friday.',
    'Declaring an interest: my husband works for the firm bidding for the leisure contract, so I won’t take part in that item.',
    'I’ll be at the Northby community centre on Saturday 10-12 for my surgery. All welcome.',
    'Please support the Scouts’ application to the ward fund - every comment helps!',
  ])('passes “%s”', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('reads “come and say hello” and a gift with every purchase as promoting the councillor’s own shop', () => {
    const text = 'Big news - I’ve opened my own gift shop on the high street! Come and say hello this Saturday, free mince pie with every purchase 🎄';
    expect(check(text).map((f) => [f.messageId, f.excerpt])).toEqual([['ownBusiness', 'my own gift shop']]);
  });
});
