import { findDistancing } from '../engine/distancing.js';
import type { Severity } from '../engine/finding.js';
import { findHashtagHits, hitsWithHashtags } from '../engine/hashtags.js';
import type { PhraseHit } from '../engine/phrase-matcher.js';
import { accusedOf, findTargets, isIdentifiable, isNamed, type Target } from '../engine/targets.js';
import { isNegatedAt } from '../engine/text-helpers.js';
import type { PackTag } from '../pack/compile-pack.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft, RawFinding } from './types.js';

type Message = 'crimeAllegation' | 'dishonestyAllegation' | 'insinuation' | 'reportedFact';
type Suggestion = 'stickToFacts' | 'linkTheRecord';
type Hit = PhraseHit<PackTag>;

const DOWNGRADE: Record<Severity, Severity> = { block: 'warn', warn: 'advise', advise: 'advise' };
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const sentenceOf = (draft: Draft, hit: { firstToken: number }): number => draft.tokens[hit.firstToken]?.sentence ?? 0;

export default defineCheck({
  meta: {
    id: 'defamation',
    title: 'Allegations that could be defamatory',
    clause: CLAUSES.libel,
    defaultSeverity: 'warn',
    messages: {
      crimeAllegation: 'This accuses {{who}} of a crime (“{{word}}”). Unless you can prove it, it could be defamatory and lead to a libel claim.',
      dishonestyAllegation: 'This accuses {{who}} of dishonesty (“{{word}}”). Unless you can prove it is true, it could be defamatory.',
      insinuation: 'This hints that {{who}} has done something wrong. Insinuation can be as defamatory as saying it outright.',
      reportedFact: 'This reports a court or police matter. Keep strictly to what was decided or said in public, and check it is accurate.',
    },
    suggestions: {
      stickToFacts: 'Stick to facts you can prove. If you suspect wrongdoing, report it to the auditor, the Monitoring Officer or the police.',
      linkTheRecord: 'Link to the published court report or news story rather than retelling it in your own words.',
    },
    vocabulary: {
      'crime-allegations': 'Accusations of a crime ("backhander", "fiddling his expenses", "corruption"): blocked against a named person.',
      'dishonesty-allegations': 'Accusations of dishonesty ("liar", "cover-up", "jobs for the boys").',
      insinuations: 'Hints at wrongdoing ("everyone knows", "funny how", "makes you wonder"): flagged about someone, with money or favours.',
      interests: 'What an insinuation is about ("contract", "brother-in-law", "donation").',
      deniable: 'Deniable set-ups ("I\'m not saying … but"): the allegation that follows still counts.',
      'neutral-uses': 'Ordinary uses of the words ("anti-fraud team", "benefit fraud", "criminal damage", "lying in the road").',
      'reported-facts': 'Court and police reporting ("convicted", "pleaded guilty", "Crown Court"): advice only.',
      'proper-routes': 'Proper routes ("Monitoring Officer", "auditors", "reported to the police"): lowers the severity.',
      'public-warnings': 'Scam warnings ("beware", "posing as", "never give your"): not an allegation against anyone.',
      clearances: 'Words that clear someone ("no evidence", "cleared of", "acquitted").',
      pointers: 'Hints that point at someone unnamed ("we all know who", "naming no names"): the allegation is about someone identifiable.',
    },
    examples: {
      flag: [
        { text: 'Cllr Green took a backhander from the developers, I’d bet my house on it.', messageId: 'crimeAllegation', excerpt: 'backhander' },
        { text: 'The chief executive has been fiddling his expenses for years.', messageId: 'crimeAllegation' },
        { text: 'Cllr Brown is a lying snake.', messageId: 'dishonestyAllegation', excerpt: 'lying' },
        { text: 'Funny how the contract went to FitCo, whose director is the leader’s mate.', messageId: 'insinuation' },
        { text: 'Former Cllr Jones was convicted of fraud at Crown Court today.', messageId: 'reportedFact' },
      ],
      pass: [
        'I’ve asked the council’s auditors to review how the FitCo contract was awarded.', // near miss: a proper route, no allegation
        'Fraudsters are targeting residents: never give your bank details over the phone.',
        'The council has adopted a new anti-fraud and corruption policy.',
        'The government’s policy on buses is a disaster.',
        'I apologise for suggesting Cllr Green was corrupt.',
      ],
    },
  },
  check(draft, context) {
    const hashtags = findHashtagHits(draft, context.pack);
    const hits = (list: string): readonly Hit[] => hitsWithHashtags(draft, hashtags, `defamation/${list}`);
    const neutral = hits('neutral-uses');
    const inSentence = (list: string, sentence: number): Hit[] => hits(list).filter((hit) => sentenceOf(draft, hit) === sentence);
    const targets = findTargets(draft);
    const distancing = findDistancing(draft);
    const found: Array<RawFinding<Message, Suggestion>> = [];
    const name = (target: Target): string => {
      const isOffice = target.kind === 'role' || target.kind === 'body';
      if (!isNamed(target) && !isOffice) return 'someone who can be identified';
      return (isOffice && draft.tokens[target.firstToken - 1]?.text === 'the' ? 'the ' : '') + draft.text.slice(target.start, target.end);
    };

    const allegations = [...hits('crime-allegations').map((hit) => [hit, true] as const), ...hits('dishonesty-allegations').map((hit) => [hit, false] as const)];
    for (const [hit, isCrime] of allegations) {
      const sentence = sentenceOf(draft, hit);
      if (neutral.some((n) => overlaps(n, hit)) || found.some((f) => overlaps(f, hit)) || inSentence('public-warnings', sentence).length > 0 || inSentence('clearances', sentence).length > 0) continue;
      const isDeniable = inSentence('deniable', sentence).some((d) => d.endToken <= hit.firstToken);
      if ((!isDeniable && isNegatedAt(draft, hit.firstToken, 3)) || distancing.isApologisedFor(hit)) continue;
      // Part of a name, not an allegation: "the Crooked Billet", "Liar Liar at the Arts Centre".
      if (targets.some((t) => isNamed(t) && t.firstToken < hit.endToken && hit.firstToken < t.endToken)) continue;
      const target = accusedOf(draft, hit, targets, hits('pointers'));
      if (!target || target.kind === 'self') continue;
      const data = { who: name(target), word: draft.text.slice(hit.start, hit.end) };
      const severity: Severity = isCrime && isNamed(target) ? 'block' : 'warn';
      if (inSentence('reported-facts', sentence).length > 0) {
        found.push({ messageId: 'reportedFact', start: hit.start, end: hit.end, severity: 'advise', suggestionId: 'linkTheRecord', data });
        continue;
      }
      const viaProperRoute = inSentence('proper-routes', sentence).length > 0;
      found.push({ messageId: isCrime ? 'crimeAllegation' : 'dishonestyAllegation', start: hit.start, end: hit.end, severity: viaProperRoute ? DOWNGRADE[severity] : severity, suggestionId: 'stickToFacts', data });
    }

    for (const hit of hits('insinuations')) {
      const sentence = sentenceOf(draft, hit);
      // A hint such as "draw your own conclusions" sums up the two or three sentences before it.
      const isNear = (item: { firstToken: number }): boolean => Math.abs(sentenceOf(draft, item) - sentence) <= 2;
      const target = targets.find((t) => isNear(t) && isIdentifiable(t) && t.kind !== 'you' && t.kind !== 'self');
      const isAboutInterests = hits('interests').some(isNear) || targets.some((t) => isNear(t) && t.kind === 'organisation');
      if (!target || !isAboutInterests || distancing.isApologisedFor(hit) || found.some((f) => overlaps(f, hit))) continue;
      found.push({ messageId: 'insinuation', start: hit.start, end: hit.end, suggestionId: 'stickToFacts', data: { who: name(target), word: draft.text.slice(hit.start, hit.end) } });
    }
    return found;
  },
});
