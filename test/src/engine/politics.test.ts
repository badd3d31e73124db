import { describe, expect, test } from 'vitest';
import { findCouncilHandles, findImprint, findParties } from '../../../src/engine/politics.js';
import { buildDraft } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack } from '../../helpers/builders.js';

const pack = exampleCompiledPack();

function parties(text: string): string[] {
  const draft = buildDraft(text, pack);
  return findParties(draft, {
    parties: draft.hits('election-period/parties'),
    ambiguous: draft.hits('election-period/ambiguous-parties'),
    notPartyAfter: draft.hits('election-period/not-party-after'),
  }).map((party) => party.name);
}

describe('politics', () => {
  test('finds parties, including names that are also ordinary words when a party is meant', () => {
    expect(parties('Only the Lib Dems can beat the Tories here, not Labour or the Greens. Vote Green! Reform UK have nothing to say.')).toEqual([
      'Lib Dems', 'Tories', 'Labour', 'Greens', 'Green', 'Reform UK',
    ]);
  });

  test('leaves places, people and ordinary words that share a party’s name', () => {
    expect(parties('Picnic on Jesus Green with Cllr Green. Labour market figures are out. A Conservative estimate is £4m. Reform of the system is overdue. Protect the green belt.')).toEqual([]);
  });

  test('reads an imprint and whether it gives a postal address', () => {
    const text = 'Vote Green! Promoted by A. Example on behalf of the Green Party, both at 1 Example Street, Cambridge CB1 1AA.';
    expect(findImprint(text)).toEqual({ start: text.indexOf('Promoted'), end: text.length, hasAddress: true });
    expect(findImprint('Vote Green! Promoted by A. Example on behalf of the Green Party.')?.hasAddress).toBe(false);
    expect(findImprint('Vote Green on Thursday!')).toBeNull();
  });

  test('finds the council’s own handles, listed or plain from the name, but not email addresses', () => {
    const text = 'Thanks @ExampleCC and @CambsCouncil, cc @JaneSmith; email contact@example.gov.uk';
    expect(findCouncilHandles(text, pack.councilHandles).map((found) => found.handle)).toEqual(['@ExampleCC', '@CambsCouncil']);
  });
});
