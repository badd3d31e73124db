import type { PhraseHit } from '../engine/phrase-matcher.js';
import { findAll, hasHit, isInQuotes, isNegatedAt } from '../engine/text-helpers.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft } from './types.js';

/** Discounts and prices written with symbols, which word lists cannot hold: "20% off", "from only £5". */
const DISCOUNT = /\b\d{1,3}\s?%\s?(?:off|discount)\b|\b(?:only|from|just)\s£\s?\d/giu;
/** How far (in words) a claim such as "as a local" may sit before the profession it introduces. */
const CLAIM_REACH = 4;

type Hit = PhraseHit<unknown>;

/** "Don't forget our café…", "don't miss": a negation that is itself an invitation does not deny what follows. */
function isInvitation(draft: Draft, hit: Hit): boolean {
  return draft.hits('financial-interest/promotion').some((promotion) => promotion.firstToken < hit.firstToken && promotion.endToken <= hit.firstToken && hit.firstToken - promotion.firstToken <= 4 && draft.tokens[promotion.firstToken + 1]?.text === 'not');
}

function usable(draft: Draft, list: string): Hit[] {
  return draft.hits(`financial-interest/${list}`).filter((hit) => !isInQuotes(draft, hit) && (!isNegatedAt(draft, hit.firstToken) || isInvitation(draft, hit)));
}

/** Whether the draft invites custom: a promotional phrase or a discount. */
function findPromotion(draft: Draft): { start: number; end: number } | undefined {
  return usable(draft, 'promotion')[0] ?? findAll(draft.text, DISCOUNT)[0];
}

type Messages = 'ownBusiness' | 'servicesAsCouncillor' | 'ownApplication';
type Suggestions = 'separateAccounts' | 'declareAndStepBack';

export default defineCheck<Messages, Suggestions>({
  meta: {
    id: 'financial-interest',
    title: 'Promoting your own business or financial interests',
    clause: CLAUSES.financialInterests,
    defaultSeverity: 'warn',
    messages: {
      ownBusiness: 'This promotes a business you have an interest in; as a councillor, avoid using your posts to promote your financial interests.',
      servicesAsCouncillor: 'This offers your paid services alongside your role as a councillor; keep your business and your council role apart.',
      ownApplication: 'This asks people to support an application you or your family have an interest in; that uses your role for your own interests.',
    },
    suggestions: {
      separateAccounts: 'Promote the business from its own account, without your councillor title, and declare the interest where it matters.',
      declareAndStepBack: 'Declare the interest, take no part in the decision, and leave it to others to comment on the application.',
    },
    vocabulary: {
      'own-business': 'A business of the councillor’s own or their family’s ("my café", "my company", "my wife’s salon", "I run a shop").',
      profession: 'Trades and professions that sell services ("estate agent", "plumber", "mortgage adviser").',
      'profession-claim': 'Words that claim a profession as one’s own ("as a local", "as your councillor and a", "by trade").',
      promotion: 'Invitations to buy or book ("pop in", "taking bookings", "free valuation", "DM me", "mention this post").',
      'declared-interest': 'Declarations of an interest, which make a mention of the business proper ("I have declared an interest").',
      'own-application': 'An application of your own or your family’s ("my planning application", "my wife’s café application").',
      canvass: 'Calls to back an application ("get your support comments in", "please support it"): with your own application, a promotion.',
    },
    examples: {
      flag: [
        { text: 'Pop into my café on Mill Road this weekend: 20% off for anyone who mentions this post!', messageId: 'ownBusiness' },
        { text: 'As your councillor and a local estate agent, I’d be happy to value your home for free. DM me.', messageId: 'servicesAsCouncillor' },
        { text: 'My company, Example Builders Ltd, is now taking bookings for loft conversions.', messageId: 'ownBusiness' },
        { text: 'My wife’s salon has a new menu of treatments, book now for Christmas!', messageId: 'ownBusiness' },
        { text: 'Fully behind my wife’s café application for outdoor seating - get your support comments in!', messageId: 'ownApplication' },
        { text: 'Shameless plug 🙈 my daughter’s new dog grooming van is now taking bookings across the ward!', messageId: 'ownBusiness' },
      ],
      pass: [
        'Support small businesses this Christmas: Mill Road’s independent shops are open late on Thursday.',
        'Pop into my surgery at the library on Saturday morning if you have any casework.',
        'I have declared an interest as I own a shop on the street, and will not take part in the decision.',
        'Pop into my favourite café on Mill Road for the best bacon roll in town.',
        'The Mill Road café’s application for outdoor seating is open for comments until Friday.', // near miss: someone else’s application
        'Declaring an interest: my wife’s café has applied for outdoor seating, so I will not take part. Comments of support or objection go to the planning portal.',
      ],
    },
  },
  check(draft, context) {
    if (hasHit(draft, 'financial-interest/declared-interest')) return [];
    const severity = context.capacity === 'personal' ? 'advise' : 'warn';
    const application = usable(draft, 'own-application')[0];
    if (application && usable(draft, 'canvass').length > 0) {
      return [{ messageId: 'ownApplication', start: application.start, end: application.end, severity, suggestionId: 'declareAndStepBack' }];
    }
    const promotion = findPromotion(draft);
    if (!promotion) return [];
    const claims = usable(draft, 'profession-claim');
    const profession = usable(draft, 'profession').find((hit) =>
      claims.some((claim) => claim.endToken <= hit.firstToken && hit.firstToken - claim.endToken <= CLAIM_REACH));
    if (profession) {
      return [{ messageId: 'servicesAsCouncillor', start: profession.start, end: profession.end, suggestionId: 'separateAccounts' }];
    }
    const business = usable(draft, 'own-business')[0];
    if (!business) return [];
    return [{ messageId: 'ownBusiness', start: business.start, end: business.end, severity, suggestionId: 'separateAccounts' }];
  },
});
