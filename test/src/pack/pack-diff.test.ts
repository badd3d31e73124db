import { describe, expect, test } from 'vitest';
import { dateInWords, diffPacks } from '../../../src/pack/pack-diff.js';
import { RulePack, type RulePackInput } from '../../../src/pack/schema.js';

const BASE: RulePackInput = {
  id: 'northbridge-dc',
  version: 3,
  council: 'Northbridge District Council',
  elections: [{ name: 'County council elections 2027', start: '2027-03-24', pollingDay: '2027-05-06' }],
  pendingMatters: [
    { ref: '24/00900/FUL', title: 'Old Mill, Quay Street: 12 flats', site: 'Old Mill, Quay Street', decisionDate: '2027-02-01' },
    { ref: 'LIC/27/0007', title: 'Premises licence: The Crooked Billet', kind: 'licensing' },
  ],
  rules: { abuse: { severity: 'warn' }, haste: { severity: 'warn' } },
};

function pack(changes: Partial<RulePackInput> = {}): RulePack {
  return RulePack.parse({ ...BASE, ...changes });
}

describe('diffPacks', () => {
  test('says nothing for identical packs', () => {
    expect(diffPacks(pack(), pack())).toEqual([]);
  });

  test('describes version, application, election and rule changes in words', () => {
    const after = pack({
      version: 4,
      elections: [{ name: 'County council elections 2027', start: '2027-03-24', pollingDay: '2027-05-13' }],
      pendingMatters: [
        { ref: '24/00900/FUL', title: 'Old Mill, Quay Street: 12 flats', site: 'Old Mill, Quay Street', decisionDate: '2027-03-01' },
        { ref: '25/01234/FUL', title: 'Land east of Station Road: 45 dwellings', site: 'Land east of Station Road' },
      ],
      rules: { abuse: { severity: 'block' }, haste: { severity: 'advise' } },
    });
    expect(diffPacks(pack(), after)).toEqual([
      'version 3 → 4',
      'election County council elections 2027: polling day moved from 6 May 2027 to 13 May 2027',
      'added pending application 25/01234/FUL Land east of Station Road',
      'removed pending licensing application LIC/27/0007 Premises licence: The Crooked Billet',
      'pending application 24/00900/FUL Old Mill, Quay Street: decision date moved from 1 February 2027 to 1 March 2027',
      'rule abuse raised to block',
      'rule haste lowered to advise',
    ]);
  });

  test('describes rules switched off, word lists, custom rules and elections added', () => {
    const after = pack({
      rules: { abuse: { severity: 'warn', enabled: false }, haste: { severity: 'warn' } },
      elections: [],
      vocabulary: { 'abuse/insults': { add: ['numpty'], remove: [] } },
      customRules: [
        {
          kind: 'phrase',
          id: 'code-name',
          category: 'confidential',
          severity: 'block',
          message: 'This names a confidential project.',
          clause: 'Do not disclose confidential information.',
          phrases: ['Project Kestrel'],
          examples: { flag: ['Project Kestrel is go'], pass: ['Kestrels nest here'] },
        },
      ],
    });
    expect(diffPacks(pack(), after)).toEqual([
      'removed election County council elections 2027',
      'rule abuse switched off',
      'word list abuse/insults: added "numpty"',
      'added custom rule code-name (confidential, block)',
    ]);
  });

  test('says when the keys that may sign later versions change', () => {
    const key = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n';
    expect(diffPacks(pack(), pack({ version: 4, nextSigningKeys: [key] }))).toEqual(['version 3 → 4', 'signing keys changed: a new key may sign later versions']);
  });

  test('writes dates the British way', () => {
    expect(['2027-05-06', '2026-12-25', undefined].map(dateInWords)).toEqual(['6 May 2027', '25 December 2026', 'none']);
  });
});
