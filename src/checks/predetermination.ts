import type { PhraseHit } from '../engine/phrase-matcher.js';
import { findHashtagHits } from '../engine/hashtags.js';
import { findAll, isInQuotes, isNegatedAt } from '../engine/text-helpers.js';
import { localDateOf } from '../engine/run-checks.js';
import type { Sentence, Token } from '../engine/prepare-draft.js';
import type { PackTag } from '../pack/compile-pack.js';
import type { PendingMatter } from '../pack/schema.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { CheckContext, Draft } from './types.js';

const CAMPAIGN_HASHTAG = /#(?:stop|sayno|no|scrap|ban|reject|refuse|save)[\p{L}\p{N}_]{3,}/giu;
/** Lists whose words inside a campaign hashtag name what it campaigns about ("#SaveHillFarm", "#NoToTheQuarry"). */
const HASHTAG_MATTERS = ['predetermination/decision-matters', 'predetermination/weak-matters', 'predetermination/sites'];
const PROCEDURAL = /committee|planning|licensing|comes|before us/;
const DECIDING = /\brefus|\bbuilt\b|\bbuild\b/i;
const POSSESSIVE = /^['’]/;
const PEOPLE_DETERMINERS = new Set(['the', 'our', 'all', 'local']);
const HEDGES = new Set(['could', 'might', 'may', 'can', 'only', 'would', 'should']);
/** First words of a sentence whose unstated subject is the writer: "Proud to be leading the fight against…". */
const OPENERS = new Set(['proud', 'pleased', 'delighted', 'happy', 'determined', 'ready', 'glad', 'keen', 'honoured', 'count', 'let', 'lets', 'deffo', 'definitely', 'absolutely', 'totally', 'fully', '100', 'firmly', 'strongly']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'these']);

/** `object`: where what a position is taken on starts ("opposed to *the* Hill Farm homes"). */
type Stance = { start: number; end: number; firstToken: number; endToken: number; outcome: boolean; hashtag?: boolean; object?: number };
type Matter = { name: string; pending: PendingMatter | null };

/** The writer's own verdict or position ("Throw it out!", "Proud to lead the fight against…"), not "the inspector could throw it out". */
function isOwn(draft: Draft, hit: PhraseHit<PackTag>): boolean {
  const { firstToken, end } = draft.sentences[draft.tokens[hit.firstToken]?.sentence ?? 0] as Sentence;
  const before = draft.tokens.slice(firstToken, hit.firstToken);
  if (before.slice(-3).some((token) => HEDGES.has(token.text)) || draft.text.slice(hit.end, end).trimEnd().endsWith('?')) return false;
  return before.length <= 1 || OPENERS.has(before[0]?.text ?? '') || before.some((token) => FIRST_PERSON.has(token.text));
}

function isWholeSentence(draft: Draft, hit: PhraseHit<PackTag>): boolean {
  const sentence = draft.sentences[draft.tokens[hit.firstToken]?.sentence ?? 0] as Sentence;
  return sentence.firstToken === hit.firstToken && sentence.endToken === hit.endToken;
}

function stances(draft: Draft): Stance[] {
  const found: Stance[] = [];
  const peopleAt = new Set(draft.hits('predetermination/people-objects').map((hit) => hit.firstToken));
  const open = new Set(draft.hits('predetermination/open-mind').filter((hit) => !isNegatedAt(draft, hit.firstToken)).map((hit) => draft.tokens[hit.firstToken]?.sentence));
  const keep = (hit: PhraseHit<PackTag>, negatable: boolean, outcome: boolean, span: Omit<Stance, 'outcome'> = hit, objectAt?: number): void => {
    const sentence = draft.tokens[hit.firstToken]?.sentence;
    if (open.has(sentence) || isInQuotes(draft, hit) || (negatable && isNegatedAt(draft, hit.firstToken))) return;
    // "I will support residents", "you have my support, everyone": backing people, not a side on the matter.
    const object = draft.tokens[hit.endToken + (PEOPLE_DETERMINERS.has(draft.tokens[hit.endToken]?.text ?? '') ? 1 : 0)];
    if (object && peopleAt.has(object.index) && !/[,.;:!?–—-]/.test(draft.text.slice(hit.end, object.start)) && !POSSESSIVE.test(draft.text.slice(object.end, object.end + 1))) return;
    found.push({ start: span.start, end: span.end, firstToken: span.firstToken, endToken: span.endToken, outcome, ...(objectAt === undefined ? {} : { object: objectAt }) });
  };
  for (const hit of draft.hits('predetermination/closed-mind')) keep(hit, true, false);
  for (const hit of draft.hits('predetermination/vote-intent')) keep(hit, false, false);
  for (const hit of draft.hits('predetermination/verdicts')) if (isOwn(draft, hit)) keep(hit, true, DECIDING.test(draft.text.slice(hit.start, hit.end)));
  // The span stops before the object: "voting against", not "voting against the".
  for (const hit of draft.hits('predetermination/positions')) if (isOwn(draft, hit)) keep(hit, true, false, { ...hit, endToken: hit.endToken - 1, end: (draft.tokens[hit.endToken - 2] as Token).end }, hit.endToken - 1);
  for (const hit of draft.hits('predetermination/outcome-demand')) keep(hit, false, DECIDING.test(draft.text.slice(hit.start, hit.end)));
  // "Kingsbrook Lane? Binned." A verdict that is a whole sentence on its own.
  for (const hit of draft.hits('predetermination/verdict-sentences')) if (isWholeSentence(draft, hit)) keep(hit, false, DECIDING.test(draft.text.slice(hit.start, hit.end)));
  for (const tag of findAll(draft.text, CAMPAIGN_HASHTAG)) {
    const first = draft.tokens.findIndex((token) => token.end > tag.start);
    if (first >= 0) found.push({ start: tag.start, end: tag.end, firstToken: first, endToken: first + 1, outcome: false, hashtag: true });
  }
  // Overlapping phrases ("will be voting against", "voting against at committee") make one finding.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.reduce<Stance[]>((merged, stance) => {
    const last = merged[merged.length - 1];
    if (!last || stance.start >= last.end) return [...merged, stance];
    merged[merged.length - 1] = { ...last, end: Math.max(last.end, stance.end), endToken: Math.max(last.endToken, stance.endToken), outcome: last.outcome || stance.outcome, object: last.object ?? stance.object };
    return merged;
  }, []);
}

const isDecided = (matter: PendingMatter, context: CheckContext): boolean => !!matter.decisionDate && matter.decisionDate < (localDateOf(context.at) ?? '');

/** The matter a stance is about: a pending matter named anywhere in the post, else a planning or licensing word nearby. */
function matterFor(draft: Draft, context: CheckContext, stance: Stance): Matter | null {
  const sentence = draft.tokens[stance.firstToken]?.sentence ?? 0;
  const object = stance.object !== undefined && !PRONOUNS.has(draft.tokens[stance.object]?.text ?? '') ? stance.object : undefined;
  // A position on "the …" is about what follows it: "opposed to the Hill Farm homes", not "object to the way residents were treated at planning".
  const distance = (hit: PhraseHit<PackTag>): number =>
    object !== undefined && (hit.firstToken < object || hit.firstToken > object + 6) ? 99 : Math.abs((draft.tokens[hit.firstToken]?.sentence ?? 0) - sentence);
  const others = draft.hits('predetermination/other-applications');
  const pending = (hit: PhraseHit<PackTag>): PendingMatter => context.pack.pendingMatters[hit.tag.index] as PendingMatter;
  const named = draft.hits('pack/pending-matter').filter((hit) => !isDecided(pending(hit), context)).sort((a, b) => distance(a) - distance(b));
  const inHashtag = stance.hashtag ? findHashtagHits(draft, context.pack) : null;
  const tagged = inHashtag?.get('pack/pending-matter')?.find((hit) => hit.start === stance.start);
  const first = named[0] ? pending(named[0]) : tagged && pending(tagged);
  if (first && !isDecided(first, context)) return { name: first.ref ? `${first.title} (${first.ref})` : first.title, pending: first };
  // A generic matter that the post says was already decided ("the application was refused") is not due for decision.
  if (draft.hits('predetermination/decided').some((hit) => distance(hit) <= 1)) return null;
  if (inHashtag && HASHTAG_MATTERS.some((key) => inHashtag.get(key)?.some((hit) => hit.start === stance.start))) return { name: 'this matter', pending: null };
  const near = (hit: PhraseHit<PackTag>): boolean => distance(hit) <= 1 || (object === undefined && Math.abs(hit.firstToken - stance.firstToken) <= 20);
  // "the Scouts' application for a grant" is not a planning application.
  const strong = draft.hits('predetermination/decision-matters').filter((hit) => near(hit) && !others.some((other) => other.firstToken < hit.endToken && hit.firstToken < other.endToken));
  const weak = draft.hits('predetermination/weak-matters').filter(near);
  const generic = strong[0] ?? (draft.hits('predetermination/decision-matters').length > 0 || stance.outcome ? weak[0] : undefined);
  const words = generic ? draft.text.slice(generic.start, generic.end).toLowerCase() : '';
  if (generic) return { name: PROCEDURAL.test(words) ? 'this matter' : `the ${words}`, pending: null };
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
      positions: 'A side taken on something ("opposed to the", "fighting this"): counted when it is yours, not a question or a report.',
      verdicts: 'A decision done to the matter ("throw it out", "refuse it"): counted when you say it or call for it, not when it is explained.',
      'people-objects': 'People after "I will support" or "I will fight for" that show backing for people, not a side on the matter ("residents").',
      decided: 'Words that say a matter was already decided ("was refused", "the inspector dismissed"): a generic matter nearby is not pending.',
      'other-applications': 'Applications that are not for planning or a licence ("an application for a grant"): not a matter for decision here.',
      sites: 'Places that campaign hashtags name ("#SaveHillFarm", "#StopCottenhamFields"): read as the matter only inside the hashtag.',
      'open-mind': 'Words that show an open mind ("I will listen to all the evidence before I decide"): they clear their sentence.',
      'verdict-sentences': 'Verdicts that count only as a sentence on their own ("Kingsbrook Lane? Binned.", "No way.").',
    },
    examples: {
      flag: [
        { text: 'I will be voting against the Mill Road flats.', messageId: 'closedMind', excerpt: 'will be voting against' },
        'No way will I support 24/01234/FUL. My mind is made up.',
        'The incinerator plan will be thrown out when it comes to committee. I’ll make sure of it.',
        { text: 'I’m backing the Greenfields solar farm application, end of story.', options: { profile: { committees: ['Planning Committee'], contacts: [] } }, messageId: 'closedMindMember' },
        'Whatever the officers recommend, I’m opposing the new premises licence on Station Road.',
        { text: 'The incinerator application? Binned. Next question.', excerpt: 'Binned' },
        { text: 'If the Mill Road lot think they’re getting this application through, they’ve another thing coming.', excerpt: 'another thing coming' },
        { text: 'I’ll be making sure the Mill Road application gets chucked out on the 10th.' },
      ],
      pass: [
        'Have your say on the Mill Road flats before 3 June.',
        'I have concerns about the Mill Road flats and will listen to everyone first.',
        'I haven’t made up my mind on the Mill Road scheme and will listen to all the evidence before I decide.',
        'I voted against the budget at full council today.',
        'Pleased that the cycle lane was approved last month.',
        'I will be voting against the budget cuts to youth services.',
        'Not a cat in hell’s chance the buses run on time in this snow - leave extra time, folks!', // near miss: an idiom with no matter
        'Make sure your comments on the Mill Road application are in by Friday.',
      ],
    },
  },
  check(draft, context) {
    return stances(draft).flatMap((stance) => {
      const matter = matterFor(draft, context, stance);
      if (!matter) return [];
      const committee = sitsOnCommittee(context, matter);
      const messageId = committee ? 'closedMindMember' : 'closedMind';
      const severity = matter.pending || committee ? 'block' : 'warn';
      return [{ messageId, data: { matter: matter.name, committee: committee ?? '' }, start: stance.start, end: stance.end, severity, suggestionId: 'openMind' }] as const;
    });
  },
});
