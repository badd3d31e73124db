import { describe, expect, test } from 'vitest';
import { easterSunday, englishBankHolidays, isEnglishBankHoliday, isWorkingDay, suggestNoticeDate, workingDaysBefore, workingDaysBetween } from '../../../src/pack/election-dates.js';

describe('English bank holidays', () => {
  test('computes Easter Sunday', () => {
    expect(['2024', '2025', '2026', '2027', '2038', '2285'].map((year) => easterSunday(Number(year)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  // The lists published on GOV.UK for England and Wales.
  test.each([
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
  ])('the bank holidays of %i are the ones GOV.UK lists', (year, days) => {
    expect(englishBankHolidays(year)).toEqual(days);
  });

  test('a moved holiday is only on its new day', () => {
    expect([isEnglishBankHoliday('2020-05-04'), isEnglishBankHoliday('2020-05-08'), isEnglishBankHoliday('2022-05-30')]).toEqual([false, true, false]);
  });

  test('Christmas Eve is a working day for nobody but is not a bank holiday', () => {
    expect([isEnglishBankHoliday('2025-12-24'), isWorkingDay('2025-12-24'), isWorkingDay('2025-12-23')]).toEqual([false, false, true]);
  });

  test('refuses a date that does not exist', () => {
    expect(() => isEnglishBankHoliday('2026-02-30')).toThrow(RangeError);
    expect(() => suggestNoticeDate('7 May 2026')).toThrow('is not a real date written as YYYY-MM-DD');
  });
});

describe('counting working days', () => {
  test('counts from the first date up to, not including, the second', () => {
    // Monday 16 to Monday 23 November 2026: five weekdays.
    expect([workingDaysBetween('2026-11-16', '2026-11-23'), workingDaysBetween('2026-11-23', '2026-11-16'), workingDaysBetween('2026-11-16', '2026-11-16')]).toEqual([5, -5, 0]);
  });

  test('skips Good Friday and Easter Monday', () => {
    // Thursday 2 April to Thursday 9 April 2026: Thursday 2, Tuesday 7 and Wednesday 8.
    expect(workingDaysBetween('2026-04-02', '2026-04-09')).toBe(3);
  });

  test('skips Christmas Eve, Christmas, Boxing Day and New Year with their substitutes', () => {
    // Wednesday 23 December 2026 to Tuesday 5 January 2027: 23, 29, 30, 31 December and 4 January.
    expect(workingDaysBetween('2026-12-23', '2027-01-05')).toBe(5);
  });

  test('finds the working day a number of working days before a date', () => {
    expect(workingDaysBefore('2026-11-23', 5)).toBe('2026-11-16');
  });
});

describe('the notice of election date', () => {
  test('polling day 2 May 2024: Tuesday 26 March 2024, the Electoral Commission timetable (Easter inside the window)', () => {
    expect(suggestNoticeDate('2024-05-02')).toBe('2024-03-26');
  });

  test('polling day 4 May 2023: Monday 27 March 2023 (Easter and the early May bank holiday inside the window)', () => {
    expect(suggestNoticeDate('2023-05-04')).toBe('2023-03-27');
    // Nominations closed on the 19th working day before the poll: 4pm on Tuesday 4 April 2023.
    expect(workingDaysBefore('2023-05-04', 19)).toBe('2023-04-04');
  });

  test('a poll on 25 May 2023 counts the coronation bank holiday of 8 May', () => {
    expect(suggestNoticeDate('2023-05-25')).toBe('2023-04-18');
    expect(workingDaysBetween('2023-04-18', '2023-05-25')).toBe(25);
  });

  test('polling day 7 May 2026: Monday 30 March 2026', () => {
    expect(suggestNoticeDate('2026-05-07')).toBe('2026-03-30');
  });

  test('polling day 2 May 2024 leaves 24 working days for nominations to close on 27 March, as London Elects published', () => {
    expect(workingDaysBefore('2024-05-02', 24)).toBe('2024-03-27');
  });

  test('a January by-election counts back over Christmas and New Year', () => {
    // Thursday 22 January 2026: Christmas Eve, Christmas Day, Boxing Day, New Year's Day and the weekends are skipped.
    expect(suggestNoticeDate('2026-01-22')).toBe('2025-12-12');
    expect(workingDaysBetween('2025-12-12', '2026-01-22')).toBe(25);
  });

  test('a January poll after a Christmas on a Saturday skips both substitute days', () => {
    // Christmas 2021 fell on a Saturday: 27 and 28 December were the bank holidays, and 3 January 2022 for New Year.
    expect(suggestNoticeDate('2022-01-27')).toBe('2021-12-17');
    expect(workingDaysBetween('2021-12-23', '2022-01-05')).toBe(5);
  });

  test('the suggested date is always a working day with exactly 25 working days to the poll', () => {
    const polls = ['2025-05-01', '2027-05-06', '2028-05-04', '2029-05-03', '2030-12-12', '2031-01-09'];
    expect(polls.map((poll) => [isWorkingDay(suggestNoticeDate(poll)), workingDaysBetween(suggestNoticeDate(poll), poll)])).toEqual(polls.map(() => [true, 25]));
  });
});
