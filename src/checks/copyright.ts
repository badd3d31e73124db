import { findPeople } from '../engine/people.js';
import { findAll, isNegatedAt } from '../engine/text-helpers.js';
import type { Span } from '../engine/prepare-draft.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft } from './types.js';

/** Copyright notices: "©", "(c) 2024", "(c) Private Eye", "Copyright 2024", "Copyright: Cambridge News". */
/** "(a) … (b) … (c) …": a lettered list, not a copyright notice. */
const LETTERED_LIST = /\([ab]\)/;
const NOTICE = /©|\(c\)\s*(?:\d{4}|\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*)|\b[Cc][Oo][Pp][Yy][Rr][Ii][Gg][Hh][Tt]\s*(?::|\d{4}|of\b|by\b)/gu;
/** A credit that names someone else: "Photo by Jane Smith", "Cartoon by Matt", "Pic via @CambsNews", "Photo credit Getty", "Credit: Getty". */
const NAMED_CREDIT = /\b(?:(?:photo|pic|picture|image|video|footage|cartoon|drawing|illustration|artwork|painting|graphic)s?\s*(?:credit\s*:?|by\b|via\b)|credits?\s*:)\s*(?:the\s+)?(@\w+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)|\bvia\s+(@\w+)/gu;
/** A label such as "Photo:", which may name the photographer ("Photo: Jane Smith") or the subject ("Pic: Mill Road"). */
const LABEL = /\b(?:photo|pic|picture|image|video|footage)s?\s*:\s*/giu;
const SELF = /^(?:me|mine|myself|my|own|author|i)$/i;
/** A draft this long that reads as a news report is probably a pasted article. */
const PASTED_ARTICLE_LENGTH = 1500;
const REPORTED_SPEECH = /\b(?:said|told|added|according to|a spokes(?:man|woman|person) for)\b/gi;
const REPORTED_SPEECH_COUNT = 4;

function namedCredits(draft: Draft): Span[] {
  const credits: Span[] = findAll(draft.text, NAMED_CREDIT).filter((credit) => !SELF.test(credit.match[1] ?? credit.match[2] ?? ''));
  const people = findPeople(draft).filter((person) => person.kind !== 'role' && person.kind !== 'family');
  for (const label of findAll(draft.text, LABEL)) {
    const named = draft.text[label.end] === '@' ? { start: label.end, end: label.end + 1 } : people.find((person) => person.start === label.end);
    if (named) credits.push({ start: label.start, end: Math.max(label.end, named.end) });
  }
  return credits.sort((a, b) => a.start - b.start);
}

function isPastedArticle(draft: Draft): boolean {
  return draft.text.length >= PASTED_ARTICLE_LENGTH && findAll(draft.text, REPORTED_SPEECH).length >= REPORTED_SPEECH_COUNT;
}

/** Between "copied from" and the quotation: the source's name and a colon or comma ("the Echo: "). */
const SOURCE_THEN_QUOTE = /^[^'"‘“.!?]{0,40}[:,–—-]\s*$/u;
const SHORT_QUOTE = 300;

/** "Copied from the Echo: 'The county will close three tips.'": a short quotation, in quotation marks, right after its source. */
function isAttributedQuote(draft: Draft, hit: Span): boolean {
  return draft.quotes.some((quote) => quote.start >= hit.end && quote.end - quote.start <= SHORT_QUOTE && SOURCE_THEN_QUOTE.test(draft.text.slice(hit.end, quote.start)));
}

type Messages = 'othersMaterial' | 'pastedArticle' | 'checkPermission';
type Suggestions = 'askPermission' | 'linkInstead';

export default defineCheck<Messages, Suggestions>({
  meta: {
    id: 'copyright',
    title: 'Images or text copied from others',
    clause: CLAUSES.copyright,
    defaultSeverity: 'advise',
    messages: {
      othersMaterial: 'This looks like someone else’s image or words; posting them without permission may infringe copyright.',
      pastedArticle: 'This reads like a whole article pasted in; share a link and a short quote instead of the full text.',
      checkPermission: 'You credit someone else’s image or words; make sure you have their permission to use them.',
    },
    suggestions: {
      askPermission: 'Ask the owner for permission and say so (“Photo: Jane Smith, used with permission”), or use your own photo.',
      linkInstead: 'Link to the original and quote a sentence or two in your own post.',
    },
    vocabulary: {
      'others-material': 'Explicit signs of someone else’s material ("all rights reserved", "image from Google", "copied from").',
      credit: 'Mentions of material taken from elsewhere ("extract from", "screenshot of").',
      permission: 'Signs that the material may be used ("used with permission", "my own photo", "courtesy of").',
    },
    examples: {
      flag: [
        { text: 'Shocking state of the roads. Image from Google but you get the idea!', messageId: 'othersMaterial', excerpt: 'Image from Google' },
        { text: 'Found this photo online of the old Corn Exchange, what a building.', messageId: 'othersMaterial' },
        { text: 'Copied from the Cambridge News: the council has confirmed the bridge will close for six weeks.', messageId: 'othersMaterial' },
        { text: 'Lovely view of the cathedral at dusk. © Jane Smith Photography 2025', messageId: 'othersMaterial' },
        { text: 'Great shot of the flooding on the Fen. Photo: Jane Smith', messageId: 'checkPermission' },
        { text: 'Found this great aerial shot of the town on Google, sharing for anyone who hasn’t seen it 😍', messageId: 'othersMaterial' },
        { text: 'Full Times article below for those who can’t get past the paywall:', messageId: 'othersMaterial' },
      ],
      pass: [
        'Great shot of the flooding on the Fen. Photo: Jane Smith, used with permission.',
        'Sunrise over the river this morning. Photo credit: my own!',
        'Worth a read: the Cambridge News has a good piece on the bus cuts. https://example.com/bus-cuts',
        'The government’s consultation on copyright and AI closes on Friday.',
        'Buses will be diverted via Arbury Road while the works take place.',
        'Copied from the Echo: ‘The county council has confirmed it will close three tips.’ Full article in their paper.', // near miss: a short quotation with its source
      ],
    },
  },
  check(draft) {
    if (draft.hits('copyright/permission').some((hit) => !isNegatedAt(draft, hit.firstToken, 1))) return [];
    const explicit = draft.hits('copyright/others-material').find((hit) => !isNegatedAt(draft, hit.firstToken, 2) && !isAttributedQuote(draft, hit)) ?? findAll(draft.text, NOTICE).find((notice) => !(draft.text[notice.start + 1] === 'c' && LETTERED_LIST.test(draft.text)));
    if (explicit) return [{ messageId: 'othersMaterial', start: explicit.start, end: explicit.end, severity: 'warn', suggestionId: 'askPermission' }];
    if (isPastedArticle(draft)) return [{ messageId: 'pastedArticle', start: 0, end: 0, severity: 'warn', suggestionId: 'linkInstead' }];
    const credit = namedCredits(draft)[0] ?? draft.hits('copyright/credit')[0];
    return credit ? [{ messageId: 'checkPermission', start: credit.start, end: credit.end, suggestionId: 'askPermission' }] : [];
  },
});
