import type { PhraseHit } from '../engine/phrase-matcher.js';
import { hitsInSentence, isInQuotes, isNegatedAt } from '../engine/text-helpers.js';
import { localDateOf } from '../engine/run-checks.js';
import type { PackTag } from '../pack/compile-pack.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft, RawFinding } from './types.js';

type Message = 'confidentialDocument' | 'privateMeeting' | 'groupMeeting' | 'confidentialMatter';
type Suggestion = 'keepPrivate' | 'askMonitoringOfficer';

/** Hits of a list in the same sentence as `hit`, other than ones inside it. */
function others(draft: Draft, key: string, hit: PhraseHit<PackTag>): Array<PhraseHit<PackTag>> {
  const sentence = draft.tokens[hit.firstToken]?.sentence ?? 0;
  return hitsInSentence(draft.hits(key), draft, sentence).filter((other) => other.endToken <= hit.firstToken || other.firstToken >= hit.endToken);
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
      'group-meetings': 'Political group meetings and whips ("tonight\'s group meeting").',
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
    for (const hit of draft.hits('confidential/group-meetings')) if (isReported(draft, hit)) add(hit, 'groupMeeting');
    for (const hit of draft.hits('confidential/unpublished')) {
      const procedure = others(draft, 'confidential/procedural', hit);
      const cues = others(draft, 'confidential/disclosure', hit).filter((cue) => !procedure.some((p) => p.firstToken < cue.endToken && cue.firstToken < p.endToken));
      if (isReported(draft, hit) && cues.some((cue) => cue.firstToken >= hit.endToken)) add(hit, 'confidentialDocument');
    }
    for (const hit of draft.hits('confidential/settings')) {
      if (!isReported(draft, hit)) continue;
      const procedure = others(draft, 'confidential/procedural', hit);
      const inProcedure = (cue: PhraseHit<PackTag>): boolean => procedure.some((p) => p.firstToken < cue.endToken && cue.firstToken < p.endToken);
      const cues = others(draft, 'confidential/disclosure', hit).filter((cue) => !inProcedure(cue));
      const discloses = cues.length > 0;
      const procedural = procedure.length > 0;
      // Procedure wins over a bare "is" or "was"; "we agreed" or "told us" still discloses.
      if (procedural && !cues.some((cue) => cue.endToken - cue.firstToken > 1)) continue;
      if (discloses || !procedural) found.push({ messageId: 'privateMeeting', start: hit.start, end: hit.end, suggestionId: 'keepPrivate', ...(discloses ? {} : { severity: 'warn' }) });
    }
    const date = localDateOf(context.at);
    for (const hit of draft.hits('pack/confidential-matter')) {
      const matter = context.pack.confidentialMatters[hit.tag.index];
      if (!matter || (matter.until && date && matter.until < date)) continue;
      add(hit, 'confidentialMatter', { matter: matter.name });
    }
    return found;
  },
});
