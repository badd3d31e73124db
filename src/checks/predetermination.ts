import type { PhraseHit } from '../engine/phrase-matcher.js';
import { findAll, isInQuotes, isNegatedAt } from '../engine/text-helpers.js';
import { localDateOf } from '../engine/run-checks.js';
import type { PackTag } from '../pack/compile-pack.js';
import type { PendingMatter } from '../pack/schema.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { CheckContext, Draft } from './types.js';

const CAMPAIGN_HASHTAG = /#(?:stop|sayno|no|scrap|ban|reject|refuse)[\p{L}\p{N}_]{3,}/giu;
const PROCEDURAL = /committee|planning|licensing|comes|before us/;
const DECIDING = /\brefus/i;

type Stance = { start: number; end: number; firstToken: number; endToken: number; outcome: boolean };
type Matter = { name: string; pending: PendingMatter | null };

function stances(draft: Draft): Stance[] {
  const found: Stance[] = [];
  const open = new Set(draft.hits('predetermination/open-mind').filter((hit) => !isNegatedAt(draft, hit.firstToken)).map((hit) => draft.tokens[hit.firstToken]?.sentence));
  const keep = (hit: PhraseHit<PackTag>, negatable: boolean, outcome: boolean): void => {
    const sentence = draft.tokens[hit.firstToken]?.sentence;
    if (open.has(sentence) || isInQuotes(draft, hit) || (negatable && isNegatedAt(draft, hit.firstToken))) return;
    found.push({ start: hit.start, end: hit.end, firstToken: hit.firstToken, endToken: hit.endToken, outcome });
  };
  for (const hit of draft.hits('predetermination/closed-mind')) keep(hit, true, false);
  for (const hit of draft.hits('predetermination/vote-intent')) keep(hit, false, false);
  for (const hit of draft.hits('predetermination/outcome-demand')) keep(hit, false, DECIDING.test(draft.text.slice(hit.start, hit.end)));
  for (const tag of findAll(draft.text, CAMPAIGN_HASHTAG)) {
    const first = draft.tokens.findIndex((token) => token.end > tag.start);
    if (first >= 0) found.push({ start: tag.start, end: tag.end, firstToken: first, endToken: first + 1, outcome: false });
  }
  // Overlapping phrases ("will be voting against", "voting against at committee") make one finding.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((stance, i) => !found.slice(0, i).some((other) => other.start <= stance.start && stance.end <= other.end));
}

function isDecided(matter: PendingMatter, context: CheckContext): boolean {
  const date = localDateOf(context.at);
  return !!(date && matter.decisionDate && matter.decisionDate < date);
}

/** The matter a stance is about: a pending matter named anywhere in the post, else a planning or licensing word nearby. */
function matterFor(draft: Draft, context: CheckContext, stance: Stance): Matter | null {
  const sentence = draft.tokens[stance.firstToken]?.sentence ?? 0;
  const named = draft
    .hits('pack/pending-matter')
    .map((hit) => ({ hit, matter: context.pack.pendingMatters[hit.tag.index] as PendingMatter }))
    .filter(({ matter }) => !isDecided(matter, context))
    .sort((a, b) => Math.abs((draft.tokens[a.hit.firstToken]?.sentence ?? 0) - sentence) - Math.abs((draft.tokens[b.hit.firstToken]?.sentence ?? 0) - sentence));
  const first = named[0];
  if (first) return { name: first.matter.ref ? `${first.matter.title} (${first.matter.ref})` : first.matter.title, pending: first.matter };
  const near = (hit: PhraseHit<PackTag>): boolean => Math.abs((draft.tokens[hit.firstToken]?.sentence ?? 0) - sentence) <= 1;
  const strong = draft.hits('predetermination/decision-matters').filter(near);
  const weak = draft.hits('predetermination/weak-matters').filter(near);
  const generic = strong[0] ?? (draft.hits('predetermination/decision-matters').length > 0 || stance.outcome ? weak[0] : undefined);
  if (generic) {
    const words = draft.text.slice(generic.start, generic.end).toLowerCase();
    return { name: PROCEDURAL.test(words) ? 'this matter' : `the ${words}`, pending: null };
  }
  return stance.outcome ? { name: 'this matter', pending: null } : null;
}

function sitsOnCommittee(context: CheckContext, matter: Matter): string | null {
  const committees = context.profile.committees;
  const wanted = matter.pending?.committee;
  if (wanted) {
    const key = wanted.toLowerCase().replace(/\s*(sub-?)?committee$/, '');
    return committees.find((committee) => committee.toLowerCase().includes(key)) ?? null;
  }
  const kind = matter.pending?.kind ?? (/licen[cs]|premises/.test(matter.name) ? 'licensing' : 'planning');
  return committees.find((committee) => committee.toLowerCase().includes(kind === 'licensing' ? 'licens' : 'planning')) ?? null;
}

export default defineCheck({
  meta: {
    id: 'predetermination',
    title: 'Closed mind on a matter due for decision',
    clause: CLAUSES.predetermination,
    defaultSeverity: 'warn',
    messages: {
      closedMind: 'This reads as if you have already made up your mind on {{matter}}, which is due to be decided.',
      closedMindMember: 'You sit on {{committee}}: this reads as if you have already decided on {{matter}}, which could stop you taking part.',
    },
    suggestions: {
      openMind: 'Say what concerns you and that you will weigh all the evidence before deciding, e.g. “I will listen to all the evidence before I decide.”',
    },
    vocabulary: {
      'closed-mind': 'Words that say a mind is already made up ("my mind is made up", "end of story"). A negation before them cancels them.',
      'vote-intent': 'Words that announce how you will vote or act ("I will be voting against", "I will back").',
      'outcome-demand': 'Words that demand or promise an outcome ("must be refused", "I will make sure it is rejected").',
      'decision-matters': 'Planning and licensing words that show a matter is due for decision ("application", "at committee").',
      'weak-matters': 'Words that name a matter only with other planning words nearby ("plan", "scheme").',
      'open-mind': 'Words that show an open mind ("I will listen to all the evidence before I decide"): they clear their sentence.',
    },
    examples: {
      flag: [
        { text: 'I will be voting against the Mill Road flats.', messageId: 'closedMind', excerpt: 'will be voting against' },
        'No way will I support 24/01234/FUL. My mind is made up.',
        'The incinerator plan will be thrown out when it comes to committee. I’ll make sure of it.',
        { text: 'I’m backing the Greenfields solar farm application, end of story.', options: { profile: { committees: ['Planning Committee'], contacts: [] } }, messageId: 'closedMindMember' },
        'Whatever the officers recommend, I’m opposing the new premises licence on Station Road.',
      ],
      pass: [
        'Have your say on the Mill Road flats before 3 June.',
        'I have concerns about the Mill Road flats and will listen to everyone first.',
        'I haven’t made up my mind on the Mill Road scheme and will listen to all the evidence before I decide.',
        'I voted against the budget at full council today.',
        'Pleased that the cycle lane was approved last month.',
        'I will be voting against the budget cuts to youth services.',
      ],
    },
  },
  check(draft, context) {
    return stances(draft).flatMap((stance) => {
      const matter = matterFor(draft, context, stance);
      if (!matter) return [];
      const committee = sitsOnCommittee(context, matter);
      return [
        {
          messageId: committee ? 'closedMindMember' : 'closedMind',
          data: { matter: matter.name, committee: committee ?? '' },
          start: stance.start,
          end: stance.end,
          severity: matter.pending || committee ? 'block' : 'warn',
          suggestionId: 'openMind',
        },
      ] as const;
    });
  },
});
