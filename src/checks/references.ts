import { findPeople, type PersonRef } from '../engine/people.js';
import type { PhraseHit } from '../engine/phrase-matcher.js';
import type { Token } from '../engine/prepare-draft.js';
import { hasHit, isInQuotes, isNegatedAt } from '../engine/text-helpers.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft } from './types.js';

const PRONOUNS = new Set(['him', 'her']);
/** Words that may stand between "recommend" and the person: "recommend, without hesitation, Dave". */
const FILLERS = new Set(['highly', 'wholeheartedly', 'thoroughly', 'to', 'you', 'anyone', 'everyone', 'the', 'brilliant', 'fantastic', 'lovely', 'wonderful', 'talented', 'amazing', 'young', 'former', 'old', 'little']);
const NAME = /^\p{Lu}\p{Ll}+$/u;
const CLAUSE_BREAK = /[,;:!?.)]/;

type Hit = PhraseHit<unknown>;

function usable(draft: Draft, list: string): Hit[] {
  return draft.hits(`references/${list}`).filter((hit) => !isInQuotes(draft, hit) && !isNegatedAt(draft, hit.firstToken, 2));
}

function startsAt(draft: Draft, list: string, index: number): boolean {
  return draft.hits(`references/${list}`).some((hit) => hit.firstToken === index);
}

/** "her" is the person in "recommend her for", not in "recommend her book". */
function isObjectPronoun(draft: Draft, index: number): boolean {
  const token = draft.tokens[index] as Token;
  const next = draft.tokens[index + 1];
  if (!PRONOUNS.has(token.text)) return false;
  if (!next || next.sentence !== token.sentence || CLAUSE_BREAK.test(draft.text.slice(token.end, next.start))) return true;
  return token.text === 'him' || startsAt(draft, 'object-followers', index + 1);
}

type Target = 'person' | 'maybe-person' | null;

/** What "recommend" points at: a person for sure ("him", "my mate Dave"), perhaps ("Dave Smith", "Dave for…"), or a thing. */
function targetAfter(draft: Draft, hit: Hit, people: readonly PersonRef[]): Target {
  let at = hit.endToken;
  const sentence = draft.tokens[hit.firstToken]?.sentence;
  while (draft.tokens[at]?.sentence === sentence && FILLERS.has(draft.tokens[at]?.text ?? '') && at < hit.endToken + 3) at++;
  const next = draft.tokens[at];
  if (!next || next.sentence !== sentence) return null;
  if (isObjectPronoun(draft, at) || startsAt(draft, 'person-words', at)) return 'person';
  // A capitalised first word joins the name it precedes ("Endorsed Sam Patel"), so a name may start before `at`.
  if (people.some((person) => person.firstToken <= at && at < person.endToken - 1 && person.kind !== 'role')) return 'maybe-person';
  if (NAME.test(next.typed) && startsAt(draft, 'object-followers', at + 1)) return 'maybe-person';
  return null;
}

type Messages = 'reference';
type Suggestions = 'referencePrivately';

export default defineCheck<Messages, Suggestions>({
  meta: {
    id: 'references',
    title: 'References or endorsements for individuals',
    clause: CLAUSES.references,
    defaultSeverity: 'warn',
    messages: {
      reference: 'This reads as a reference or endorsement for a person; the Code asks councillors not to give references on social media.',
    },
    suggestions: {
      referencePrivately: 'If you want to support someone, give a reference privately through the proper channels rather than in a post.',
    },
    vocabulary: {
      'strong-reference': 'Phrases that are a reference in themselves ("hire him", "I can vouch", "an asset to any team").',
      recommend: 'Recommending words, a reference only when they point at a person ("highly recommend Dave Smith").',
      character: 'Words about someone’s character or work ("top bloke", "reliable", "worked with him").',
      'job-words': 'Jobs, trades and hiring ("for any job", "plumber", "vacancy").',
      'trade-seek': 'Questions that look for a tradesperson ("anyone looking for a plumber?").',
      'person-words': 'Words that point at a person ("my mate", "this lad", "him").',
      praise: 'Praise for a person’s work ("brilliant", "can’t fault").',
      'object-followers': 'Words that follow a person recommended ("recommend Dave for", "recommend her to").',
    },
    examples: {
      flag: [
        { text: 'Highly recommend Dave Smith for any job. Worked with him at the council for years, top bloke. Hire him!', messageId: 'reference' },
        { text: 'Anyone looking for a plumber? My mate Dave is brilliant and really reasonable.', messageId: 'reference' },
        { text: 'I can vouch for her: Jane would be an asset to any team.', messageId: 'reference' },
        { text: 'Sarah Jones is looking for her next role and I cannot recommend her highly enough.', messageId: 'reference', options: { platform: 'linkedin' } },
      ],
      pass: [
        'I highly recommend the Christmas market on Saturday: lovely stalls and mulled wine.',
        'Congratulations to Dave Smith on his long-service award after 30 years with the fire service.',
        'Thank you to Jane and the volunteers who cleared the brook this morning.',
        'Officers recommend approval of the scheme, which goes to committee on Thursday.',
        'Anyone looking for a plumber should check the council’s trusted trader scheme.',
      ],
    },
  },
  check(draft) {
    const people = findPeople(draft);
    const supported = hasHit(draft, 'references/job-words') || hasHit(draft, 'references/character') || hasHit(draft, 'references/person-words');
    const strong = usable(draft, 'strong-reference')[0];
    const recommended = usable(draft, 'recommend').find((hit) => {
      const target = targetAfter(draft, hit, people);
      return target === 'person' || (target === 'maybe-person' && supported);
    });
    const seek = usable(draft, 'trade-seek')[0];
    const isTradeTip = seek !== undefined && (people.length > 0 || hasHit(draft, 'references/person-words')) && hasHit(draft, 'references/praise');
    const found = [strong, recommended, isTradeTip ? seek : undefined].filter((hit) => hit !== undefined).sort((a, b) => a.start - b.start)[0];
    return found ? [{ messageId: 'reference', start: found.start, end: found.end, suggestionId: 'referencePrivately' }] : [];
  },
});
