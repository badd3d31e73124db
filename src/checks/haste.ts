import type { Span, Token } from '../engine/prepare-draft.js';
import { findAll, isInQuotes, isNegatedAt } from '../engine/text-helpers.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft, RawFinding } from './types.js';

/** Late night (UK time): 23:00 to 04:59. */
const LATE_FROM = 23;
const LATE_UNTIL = 4;
/** "!!!", "?!?!" */
const EXCLAMATIONS = /!{3,}|(?:\?+!+|!+\?+){2,}/g;
/** A capitals run this long (in words) reads as shouting; each needs this many letters to count. */
const SHOUT_WORDS = 3;
const SHOUT_WORD_LETTERS = 3;
const LONG_SHOUT_WORD_LETTERS = 6;
const DIGIT = /\d/;
const CAPITAL_LETTER_WORD = /^[AI]$/;
const WORD_GAP = /^[\s'’-]+$/;

type Signal = 'lateNight' | 'alcohol' | 'anger' | 'shouting' | 'exclamations' | 'tired';

function overlapsAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((other) => other.start < span.end && span.start < other.end);
}

function cue(draft: Draft, list: string, unless?: string): Span | undefined {
  const exceptions = unless ? draft.hits(`haste/${unless}`) : [];
  const usable = draft.hits(`haste/${list}`).filter((hit) => !isInQuotes(draft, hit) && !isNegatedAt(draft, hit.firstToken, 2) && !overlapsAny(exceptions, hit));
  return usable.sort((a, b) => a.start - b.start || b.end - a.end)[0];
}

/** A run of words in capitals that are not acronyms ("THIS IS A DISGRACE"), or a post mostly in capitals. */
function findShouting(draft: Draft): Span | undefined {
  const acronyms = draft.hits('haste/acronyms');
  const isAcronym = (token: Token): boolean => acronyms.some((hit) => hit.firstToken <= token.index && token.index < hit.endToken);
  let run: Token[] = [];
  const close = (): Span | undefined => {
    const shouted = run.filter((token) => token.typed.length >= SHOUT_WORD_LETTERS && !DIGIT.test(token.typed) && !isAcronym(token));
    const isShout = shouted.length >= SHOUT_WORDS || (shouted.length === 2 && (run.length > SHOUT_WORDS || shouted.every((token) => token.typed.length >= LONG_SHOUT_WORD_LETTERS)));
    const found = isShout ? { start: (run[0] as Token).start, end: (run[run.length - 1] as Token).end } : undefined;
    run = [];
    return found;
  };
  for (const token of draft.tokens) {
    const isCapitals = token.isUpperCase || CAPITAL_LETTER_WORD.test(token.typed);
    const previous = run[run.length - 1];
    const isJoined = !previous || previous.end === token.start || WORD_GAP.test(draft.text.slice(previous.end, token.start));
    if (isCapitals && isJoined) {
      if (previous?.end !== token.end) run.push(token);
      continue;
    }
    const found = close();
    if (found) return found;
    if (isCapitals) run.push(token);
  }
  return close();
}

type Suggestions = 'waitAndReread';

export default defineCheck<Signal, Suggestions>({
  meta: {
    id: 'haste',
    title: 'Posting in haste, in anger or late at night',
    clause: CLAUSES.haste,
    defaultSeverity: 'advise',
    messages: {
      lateNight: 'It is late at night. Posts written late are easier to regret: think about saving this and rereading it in the morning.',
      alcohol: 'This mentions drinking. The Code asks you not to post when your judgement might be impaired.',
      anger: 'This sounds angry. Posts written in anger are easy to regret: think about waiting before you post.',
      shouting: 'Capitals read as shouting; think about writing this in ordinary case.',
      exclamations: 'A run of exclamation marks can read as anger or haste; one is enough.',
      tired: 'You sound tired. The Code asks you not to post when tired: think about posting this tomorrow.',
    },
    suggestions: {
      waitAndReread: 'Save this as a draft and read it again tomorrow before you post.',
    },
    vocabulary: {
      anger: 'Words of anger ("fuming", "absolutely livid", "sick to death").',
      alcohol: 'Signs of having had a drink ("after a few pints", "had a few glasses of wine", "a bit tipsy").',
      'not-alcohol': 'Phrases that look like drinking but are not ("drunk drivers", "Merry Christmas", "had a few complaints").',
      criticism: 'Strong criticism ("disgrace", "shambles"): a sign of anger only when shouted or with "!!!".',
      tired: 'Signs of tiredness ("knackered", "can’t sleep", "still up").',
      cheer: 'Celebration ("congratulations", "happy new year", "well done"): capitals and "!!!" then read as joy, not anger.',
      acronyms: 'Acronyms written in capitals that are not shouting ("NHS", "SEND", "HMO").',
    },
    examples: {
      flag: [
        { text: 'Absolutely FUMING that highways have ignored us AGAIN!!!!', messageId: 'exclamations' },
        { text: 'THIS IS AN ABSOLUTE DISGRACE AND EVERYONE KNOWS IT', messageId: 'shouting' },
        { text: 'After a few pints I can tell you what I really think of the cabinet.', messageId: 'alcohol' },
        { text: 'Right, time someone said it about the bus cuts.', messageId: 'lateNight', options: { at: '2026-11-20T23:45:00Z' } },
      ],
      pass: [
        'Well done team! Great news for Arbury!',
        'Update on SEND transport, HMO licensing and the A14 works from the NHS and UK government briefing.',
        'Police are cracking down on drunk drivers this Christmas. Plan your journey home.',
        'Merry Christmas to everyone in Arbury division!',
      ],
    },
  },
  check(draft, context) {
    const spans: Partial<Record<Signal, Span>> = {
      lateNight: context.localHour !== null && (context.localHour >= LATE_FROM || context.localHour <= LATE_UNTIL) ? { start: 0, end: 0 } : undefined,
      alcohol: cue(draft, 'alcohol', 'not-alcohol'),
      shouting: findShouting(draft),
      exclamations: findAll(draft.text, EXCLAMATIONS)[0],
      tired: cue(draft, 'tired'),
    };
    const anger = cue(draft, 'anger');
    const criticism = cue(draft, 'criticism');
    // Capitals and "!!!" in a cheerful post ("Congratulations Cllr Shah!!!") are joy, not anger.
    const loud = !anger && !criticism && cue(draft, 'cheer') ? undefined : spans.shouting ?? spans.exclamations;
    // "Disgrace" is robust criticism on its own, and anger when shouted or written sleepless in the small hours.
    spans.anger = anger ?? (loud || (spans.lateNight && spans.tired) ? criticism : undefined);
    const isHeated = Boolean(spans.anger || loud);
    const isImpaired = Boolean(spans.alcohol || spans.lateNight || spans.tired);
    const kinds = [spans.lateNight, spans.alcohol, spans.anger, loud].filter(Boolean).length;
    // Drink is named in the Code itself; otherwise one sign alone is a tip and two together a warning.
    const severity = (isHeated && isImpaired) || kinds >= 2 || spans.alcohol ? 'warn' : 'advise';
    const findings: Array<RawFinding<Signal, Suggestions>> = [];
    for (const [signal, span] of Object.entries(spans) as Array<[Signal, Span | undefined]>) {
      if (span) findings.push({ messageId: signal, start: span.start, end: span.end, severity, suggestionId: 'waitAndReread' });
    }
    return findings;
  },
});
