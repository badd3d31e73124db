import type { PhraseHit } from '../engine/phrase-matcher.js';
import { hitsInSentence, isInQuotes, isNegatedAt } from '../engine/text-helpers.js';
import { localDateOf } from '../engine/run-checks.js';
import type { PackTag } from '../pack/compile-pack.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft, RawFinding } from './types.js';

const COPULAS = new Set(['is', 'are', 'was', 'were']);
const FIGURE = /£\s?\d|\d\s?%|\d\s?(?:percent|per cent)\b/;

type Message = 'confidentialDocument' | 'privateMeeting' | 'groupMeeting' | 'confidentialMatter';
type Suggestion = 'keepPrivate' | 'askMonitoringOfficer';

/** Hits of a list in the same sentence as `hit`, other than ones inside it. */
function others(draft: Draft, key: string, hit: PhraseHit<PackTag>): Array<PhraseHit<PackTag>> {
  const sentence = draft.tokens[hit.firstToken]?.sentence ?? 0;
  return hitsInSentence(draft.hits(key), draft, sentence).filter((other) => other.endToken <= hit.firstToken || other.firstToken >= hit.endToken);
}

/** Words in the hit's sentence that pass on what was said or decided, leaving out those that only describe procedure. */
function disclosures(draft: Draft, hit: PhraseHit<PackTag>): Array<PhraseHit<PackTag>> {
  const procedure = others(draft, 'confidential/procedural', hit);
  return others(draft, 'confidential/disclosure', hit).filter((cue) => !procedure.some((p) => p.firstToken < cue.endToken && cue.firstToken < p.endToken));
}

/** A sum of money or a percentage in the hit's sentence: "£3.2m", "4.99%". */
function hasFigure(draft: Draft, hit: PhraseHit<PackTag>): boolean {
  const sentence = draft.sentences[draft.tokens[hit.firstToken]?.sentence ?? 0];
  return !!sentence && FIGURE.test(draft.text.slice(sentence.start, sentence.end));
}

function isReported(draft: Draft, hit: PhraseHit<PackTag>): boolean {
  return !isInQuotes(draft, hit) && !isNegatedAt(draft, hit.firstToken, 2);
}

export default defineCheck({
  meta: {
    id: 'confidential',
    title: 'Confidential or private council business',
    clause: CLAUSES.privateMeetings,
    defaultSeverity: 'block',
    messages: {
      confidentialDocument: 'This seems to share confidential or unpublished council information. Once posted it cannot be taken back.',
      privateMeeting: 'This seems to report on a private or exempt (Part 2) part of a meeting, which must stay confidential.',
      groupMeeting: 'This reports on a private political group meeting. Group discussions are not for publication.',
      confidentialMatter: 'Your council lists “{{matter}}” as confidential. Do not post about it until it is made public.',
    },
    suggestions: {
      keepPrivate: 'Leave out what was said or decided. You can say that an item was taken in private, or point to the published papers.',
      askMonitoringOfficer: 'If you think the public interest needs this to be known, speak to your Monitoring Officer before posting.',
    },
    vocabulary: {
      documents: 'Words that mark information as confidential, leaked or unpublished ("leaked report", "not for publication"): always flagged.',
      settings: 'Private parts of meetings ("Part 2 session", "exempt item", "closed session"): flagged unless the sentence is only about procedure.',
      'group-meetings': 'Political group meetings ("tonight\'s group meeting"): flagged when the sentence passes on what was said.',
      'group-decisions': 'What a political group decided at its meeting ("group agreed tonight to…"): always flagged.',
      whips: 'Party whips ("three-line whip", "we have been whipped to vote"): always flagged.',
      briefings: 'Briefings for members ("members\' briefing"): flagged when the sentence passes on what was said.',
      teasers: 'Hints of private news ("watch this space", "can\'t say much"): flagged only alongside council business.',
      'council-business': 'Council business that a hint of private news could be about ("contract", "sale", "redundancies").',
      disclosure: 'Words that show something from a private setting is being passed on ("we agreed", "told us", "was").',
      unpublished: 'Words for material not yet published ("the draft budget", "isn\'t out until Friday"): flagged when its content is passed on.',
      procedural: 'Words that show a sentence is only about procedure ("will be taken in private", "why so many items").',
    },
    examples: {
      flag: [
        { text: 'In the Part 2 session tonight we agreed to sell the car park.', messageId: 'privateMeeting', excerpt: 'Part 2 session' },
        { text: 'Leaked report shows the council plans to close three libraries.', messageId: 'confidentialDocument' },
        { text: 'At tonight’s group meeting we agreed to vote down the amendment.', messageId: 'groupMeeting' },
        { text: 'Exciting times for Project Falcon!', messageId: 'confidentialMatter' },
        'The report is marked not for publication but residents deserve to know.',
      ],
      pass: [
        'The cabinet papers for Tuesday are now published on the council website.',
        'I asked at full council why so many items are being taken in private session.',
        'Our confidential domestic abuse helpline is open 24/7.',
        'Item 9 will be taken in private because it contains commercial information.',
      ],
    },
  },
  check(draft, context) {
    const found: Array<RawFinding<Message, Suggestion>> = [];
    const add = (hit: PhraseHit<PackTag>, messageId: Message, data?: Record<string, string>): void => {
      found.push({ messageId, start: hit.start, end: hit.end, suggestionId: messageId === 'confidentialDocument' ? 'askMonitoringOfficer' : 'keepPrivate', ...(data ? { data } : {}) });
    };
    for (const hit of draft.hits('confidential/documents')) if (isReported(draft, hit)) add(hit, 'confidentialDocument');
    for (const hit of [...draft.hits('confidential/whips'), ...draft.hits('confidential/group-decisions')]) if (isReported(draft, hit)) add(hit, 'groupMeeting');
    // A group meeting or a members' briefing is private only in what was said there: "group meeting tonight" is a diary entry.
    // "Group meeting was lively" says how it went, not what was said: a bare "is" or "was" is not enough here.
    const passesOn = (hit: PhraseHit<PackTag>): boolean => disclosures(draft, hit).some((cue) => !COPULAS.has(cue.phrase));
    for (const hit of draft.hits('confidential/group-meetings')) if (isReported(draft, hit) && passesOn(hit)) add(hit, 'groupMeeting');
    for (const hit of draft.hits('confidential/briefings')) if (isReported(draft, hit) && passesOn(hit)) add(hit, 'privateMeeting');
    for (const hit of draft.hits('confidential/unpublished')) {
      const cues = disclosures(draft, hit).filter((cue) => cue.firstToken >= hit.endToken);
      // "The draft budget consultation is live": procedure wins over a one-word cue.
      const strong = others(draft, 'confidential/procedural', hit).length > 0 ? cues.filter((cue) => cue.endToken - cue.firstToken > 1) : cues;
      if (isReported(draft, hit) && strong.length > 0) add(hit, 'confidentialDocument');
    }
    for (const hit of draft.hits('confidential/settings')) {
      if (!isReported(draft, hit)) continue;
      const cues = disclosures(draft, hit);
      const discloses = cues.length > 0 || hasFigure(draft, hit);
      const procedural = others(draft, 'confidential/procedural', hit).length > 0;
      // Procedure wins over a bare "is", "was" or a figure; "we agreed" or "told us" still discloses.
      if (procedural && !cues.some((cue) => cue.endToken - cue.firstToken > 1)) continue;
      if (discloses || !procedural) found.push({ messageId: 'privateMeeting', start: hit.start, end: hit.end, suggestionId: 'keepPrivate', ...(discloses ? {} : { severity: 'warn' }) });
    }
    const date = localDateOf(context.at);
    for (const hit of draft.hits('pack/confidential-matter')) {
      const matter = context.pack.confidentialMatters[hit.tag.index];
      if (!matter || (matter.until && date && matter.until < date)) continue;
      add(hit, 'confidentialMatter', { matter: matter.name });
    }
    // "Can't say much", "watch this space": a hint of private news, worth a warning only about council business.
    const hasBusiness = found.length > 0 || draft.hits('confidential/council-business').length > 0;
    for (const hit of draft.hits('confidential/teasers')) {
      if (hasBusiness && isReported(draft, hit)) found.push({ messageId: 'confidentialDocument', start: hit.start, end: hit.end, suggestionId: 'askMonitoringOfficer', ...(found.length > 0 ? {} : { severity: 'warn' }) });
    }
    // "behind closed doors" and "closed doors", "been whipped" and "whipped to vote": one finding each.
    return found.sort((a, b) => a.start - b.start || b.end - a.end).reduce<typeof found>((kept, finding) => {
      const last = kept[kept.length - 1];
      if (!last || last.messageId !== finding.messageId || finding.start >= last.end) return [...kept, finding];
      kept[kept.length - 1] = { ...last, end: Math.max(last.end, finding.end) };
      return kept;
    }, []);
  },
});
