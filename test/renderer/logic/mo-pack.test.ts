import { describe, expect, test } from 'vitest';
import { fieldId, formatPath, getIn, itemName, parsePath, placeOf, problemsAt, problemsInItem, setPackValue, subPathLabel, unknownKeys, withoutKeys, type JsonObject } from '../../../renderer/logic/mo-pack.js';

const problem = (path: string, message = 'Too short: use at least 3 characters.') => ({ path, message });

describe('paths into the pack as edited', () => {
  test('reads and writes paths the way main reports them', () => {
    expect(parsePath('pendingMatters[3].decisionDate')).toEqual(['pendingMatters', 3, 'decisionDate']);
    expect(parsePath('rules.example-council/project-names.reason')).toEqual(['rules', 'example-council/project-names', 'reason']);
    expect(formatPath(['customRules', 0, 'examples', 'flag', 2])).toBe('customRules[0].examples.flag[2]');
    expect(fieldId('pendingMatters[3].decisionDate')).toBe('mo-pendingMatters-3-decisionDate');
  });

  test('sets a value without changing the pack it was given, and removes an emptied contact when asked', () => {
    const pack: JsonObject = { id: 'x', contact: { name: 'A. Officer' }, pendingMatters: [{ title: 'Old mill', ref: '25/1' }] };
    const changed = setPackValue(pack, ['pendingMatters', 0, 'ref'], undefined);
    const pruned = setPackValue(pack, ['contact', 'name'], undefined, true);
    expect([pack, changed, pruned]).toEqual([
      { id: 'x', contact: { name: 'A. Officer' }, pendingMatters: [{ title: 'Old mill', ref: '25/1' }] },
      { id: 'x', contact: { name: 'A. Officer' }, pendingMatters: [{ title: 'Old mill' }] },
      { id: 'x', pendingMatters: [{ title: 'Old mill', ref: '25/1' }] },
    ]);
  });

  test('makes the objects on the way to a new rule setting, and removes them again when it is cleared', () => {
    const withSetting = setPackValue({ id: 'x' }, ['rules', 'abuse', 'severity'], 'block', true);
    expect([withSetting, setPackValue(withSetting, ['rules', 'abuse', 'severity'], undefined, true)]).toEqual([{ id: 'x', rules: { abuse: { severity: 'block' } } }, { id: 'x' }]);
    expect(getIn(withSetting, ['rules', 'abuse', 'severity'])).toBe('block');
  });
});

describe('where a problem is shown', () => {
  test('finds the section, the item and the field of each kind of path', () => {
    expect(
      [
        'pendingMatters[3].decisionDate',
        'pendingMatters[1].keywords[0]',
        'pendingMatters[2]',
        'pendingMatters',
        'elections[0].start',
        'customRules[0].examples.flag[1]',
        'customRules[0].examples',
        'contact.email',
        'council',
        'changelog[0].changes',
        'rules.references.reason',
        'vocabulary.abuse/insults.add[2]',
        '',
      ].map(placeOf),
    ).toEqual([
      { section: 'pending', list: 'pendingMatters', index: 3, field: 'pendingMatters[3].decisionDate' },
      { section: 'pending', list: 'pendingMatters', index: 1, field: 'pendingMatters[1].keywords' },
      { section: 'pending', list: 'pendingMatters', index: 2, field: 'pendingMatters[2]' },
      { section: 'pending', field: null },
      { section: 'elections', list: 'elections', index: 0, field: 'elections[0].start' },
      { section: 'custom', list: 'customRules', index: 0, field: 'customRules[0].examples.flag' },
      { section: 'custom', list: 'customRules', index: 0, field: 'customRules[0].examples' },
      { section: 'council', field: 'contact.email' },
      { section: 'council', field: 'council' },
      { section: 'council', field: null },
      { section: 'rules', field: 'rules.references.reason' },
      { section: 'vocabulary', field: 'vocabulary.abuse/insults.add' },
      { section: null, field: null },
    ]);
  });

  test('shows a problem inside a list beside the list’s field, numbered by its place', () => {
    const problems = [problem('pendingMatters[1].keywords[1]'), problem('pendingMatters[1].title'), problem('pendingMatters[0].keywords[0]')];
    expect(problemsAt(problems, 'pendingMatters[1].keywords')).toEqual([problem('pendingMatters[1].keywords[1]')]);
    expect(subPathLabel('pendingMatters[1].keywords[1]', 'pendingMatters[1].keywords')).toBe(2);
    expect(problemsInItem(problems, 'pendingMatters', 1)).toHaveLength(2);
  });

  test('names an item by what people call it, or its place when it has no name yet', () => {
    const pack: JsonObject = { pendingMatters: [{ ref: '24/01234/FUL', title: 'Mill Road' }, { title: 'Old dairy' }, { title: '' }] };
    expect([0, 1, 2].map((index) => itemName(pack, 'pendingMatters', index))).toEqual(['24/01234/FUL', 'Old dairy', '3']);
  });

  test('offers to remove the fields an "Unknown field" problem names, and nothing else', () => {
    const pack: JsonObject = { id: 'x', colour: 'blue', size: 2, pendingMatters: [{ title: 'Old mill', colour: 'red' }] };
    const unknown = { path: '', message: 'Unknown fields "colour", "size": check the spelling, or remove them.' };
    const inItem = { path: 'pendingMatters[0]', message: 'Unknown field "colour": check the spelling, or remove it.' };
    expect(unknownKeys(unknown)).toEqual(['colour', 'size']);
    expect(unknownKeys(problem('council'))).toBeNull();
    expect([withoutKeys(pack, '', ['colour', 'size']), withoutKeys(pack, inItem.path, ['colour'])]).toEqual([
      { id: 'x', pendingMatters: [{ title: 'Old mill', colour: 'red' }] },
      { id: 'x', colour: 'blue', size: 2, pendingMatters: [{ title: 'Old mill' }] },
    ]);
  });
});
