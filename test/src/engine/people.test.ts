import { describe, expect, test } from 'vitest';
import { findPeople } from '../../../src/engine/people.js';
import { buildDraft } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack } from '../../helpers/builders.js';

const people = (text: string) => findPeople(buildDraft(text, exampleCompiledPack())).map((ref) => [ref.kind, ref.name]);

describe('findPeople', () => {
  test('finds titled people, councillors, full names, families and roles', () => {
    expect(people('Mrs Jean Atkins, Cllr Brown and Sarah Jones met the Hendersons and the chief executive.')).toEqual([
      ['titled', 'Mrs Jean Atkins'],
      ['councillor', 'Cllr Brown'],
      ['full-name', 'Sarah Jones'],
      ['family', 'the Hendersons'],
      ['role', 'chief executive'],
    ]);
  });

  test('reads a surname after a title even when it is also a place word', () => {
    expect(people('Visited Mr and Mrs Green, then Cllr Hill.')).toEqual([
      ['titled', 'Mrs Green'],
      ['councillor', 'Cllr Hill'],
    ]);
  });

  test('does not take a title into a full name', () => {
    expect(people('Former Cllr Jones opened the fete.')).toEqual([['councillor', 'Cllr Jones']]);
  });

  test('does not read a title before an ordinary word as a person', () => {
    expect(people('Councillor surgery on Saturday. Mr and Mrs are welcome.')).toEqual([]);
  });

  test('does not read a site named for a farm or fields as a person', () => {
    expect(people('Hawthorn Farm and Priory Fields are both on the agenda, says Sarah Jones.')).toEqual([['full-name', 'Sarah Jones']]);
  });

  test('ends a name where an emoji stands between two capitalised words', () => {
    expect(people('Cllr Nash 🐍 Says one thing and votes the other. Mr D. Okafor agrees.')).toEqual([['councillor', 'Cllr Nash'], ['titled', 'Mr D. Okafor']]);
  });
});
