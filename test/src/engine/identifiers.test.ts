import { describe, expect, test } from 'vitest';
import {
  findDates, findEmails, findHouseNumbers, findNhsNumbers, findNiNumbers, findPhoneNumbers, findPostcodes, findStreetAddresses, findStreetNames,
  findVehicleRegistrations, isValidNhsNumber, nationalDigits,
} from '../../../src/engine/identifiers.js';

const excerpts = (text: string, spans: ReadonlyArray<{ start: number; end: number }>): string[] => spans.map((span) => text.slice(span.start, span.end));

describe('findPhoneNumbers', () => {
  test('finds UK numbers however they are punctuated, with their national digits and kind', () => {
    const text = 'Ring +44 7700 900461, (01632) 960 001, 07700.900.461, +44(0)7700-900-461 or 0345 045 5200.';
    expect(findPhoneNumbers(text).map((phone) => [text.slice(phone.start, phone.end), phone.digits, phone.kind])).toEqual([
      ['+44 7700 900461', '07700900461', 'mobile'],
      ['(01632) 960 001', '01632960001', 'geographic'],
      ['07700.900.461', '07700900461', 'mobile'],
      ['+44(0)7700-900-461', '07700900461', 'mobile'],
      ['0345 045 5200', '03450455200', 'non-geographic'],
    ]);
  });

  test('ends a number at its last digit rather than running into the next one', () => {
    const text = 'Call 0300 123 4567, 020 7946 0000 or 01632960001 ext 4.';
    expect(excerpts(text, findPhoneNumbers(text))).toEqual(['0300 123 4567', '020 7946 0000', '01632960001']);
  });

  test('tells freephone lines from personal ones', () => {
    expect(findPhoneNumbers('Helpline 0808 2000 247').map((phone) => phone.kind)).toEqual(['freephone']);
  });

  test('ignores planning references, dates, money and short codes', () => {
    expect(findPhoneNumbers('24/01234/FUL on 01.02.1975: £2,500,000, 116 123, 999, 101 and 9434765919.')).toEqual([]);
  });

  test('finds a number among many other figures in a long text', () => {
    const text = `${'43 bags, 20mph, the A14, £2,500 and 3,000 homes. '.repeat(40)}Ring Jean on 07700 900461.`;
    expect(excerpts(text, findPhoneNumbers(text))).toEqual(['07700 900461']);
  });

  test('gives the national digits of a contact written any way', () => {
    expect([nationalDigits('+44 (0)1632 960001'), nationalDigits('not a number')]).toEqual(['01632960001', null]);
  });
});

describe('findEmails', () => {
  test('finds addresses with their lower-case parts', () => {
    const text = 'Write to Raj.Patel@Example.com.';
    expect(findEmails(text)).toEqual([{ start: 9, end: 30, address: 'raj.patel@example.com', local: 'raj.patel', domain: 'example.com' }]);
  });

  test('does not take a social media handle for an address', () => {
    expect(findEmails('Thanks @ExampleCC and @jo_smith!')).toEqual([]);
  });
});

describe('findPostcodes', () => {
  test('finds full postcodes with or without the space, in any case', () => {
    const text = 'CB4 1AA, cb41aa, SW1A 1AA, M1 1AE and W1A 0AX';
    expect(excerpts(text, findPostcodes(text))).toEqual(['CB4 1AA', 'cb41aa', 'SW1A 1AA', 'M1 1AE', 'W1A 0AX']);
  });

  test('passes times, road numbers and ordinals that look a little like postcodes', () => {
    expect(findPostcodes('A14 at 2pm, B2 2AM, the A1 4th exit, CB4 and 1AA alone')).toEqual([]);
  });
});

describe('findStreetAddresses', () => {
  test('finds a house number and street with flats, "No." and ranges', () => {
    const text = "14 Willow Close; flat 2b, 7 mill road; No. 14 Orchard Way; 5 St Mary's Road; 2 The Green; 2-6 Station Road";
    expect(findStreetAddresses(text).map((address) => [text.slice(address.start, address.end), address.street])).toEqual([
      ['14 Willow Close', 'willow close'],
      ['flat 2b, 7 mill road', 'mill road'],
      ['No. 14 Orchard Way', 'orchard way'],
      ["5 St Mary's Road", "st mary's road"],
      ['2 The Green', 'the green'],
      ['2-6 Station Road', 'station road'],
    ]);
  });

  test('keeps the house number separate from a flat number', () => {
    const [address] = findStreetAddresses('Flat 3, 12 Mill Road');
    expect(address?.numberStart).toBe('Flat 3, '.length);
  });

  test('passes counts and dates before a street name', () => {
    expect(findStreetAddresses('120 homes on Mill Road, 40 bags from the river bank, 3 December on Hills Road, the A14 Road')).toEqual([]);
  });

  test('reads a month after a number as a date, unless a street type follows it', () => {
    const text = 'Collections pause from 1 December until the end of February; roadworks at 10 March Road.';
    expect(excerpts(text, findStreetAddresses(text))).toEqual(['10 March Road']);
  });

  test('finds cottages and almshouses as streets', () => {
    const text = 'Shout out to Bill at 4 Mill Cottages.';
    expect(excerpts(text, findStreetAddresses(text))).toEqual(['4 Mill Cottages']);
  });

  test('finds street names written without a number', () => {
    const text = 'I live on Willow Close, near St Mary’s Road.';
    expect(excerpts(text, findStreetNames(text))).toEqual(['Willow Close', 'St Mary’s Road']);
  });
});

describe('findHouseNumbers', () => {
  test('finds house numbers written without a street', () => {
    const text = 'The family at number 12, the chap at no. 14 and No 7a.';
    expect(excerpts(text, findHouseNumbers(text))).toEqual(['number 12', 'no. 14', 'No 7a']);
  });
});

describe('findNiNumbers', () => {
  test('finds NI numbers spaced or not, and knows which prefixes HMRC issues', () => {
    const text = 'AB123456C, JG 10 37 94 B, QQ 12 34 56 C, GB 12 34 56 A';
    expect(findNiNumbers(text).map((ni) => [text.slice(ni.start, ni.end), ni.isIssuedPrefix])).toEqual([
      ['AB123456C', true],
      ['JG 10 37 94 B', true],
      ['QQ 12 34 56 C', false],
      ['GB 12 34 56 A', false],
    ]);
  });
});

describe('findNhsNumbers', () => {
  test('checks the modulus-11 digit', () => {
    expect([isValidNhsNumber('9434765919'), isValidNhsNumber('9434765918'), isValidNhsNumber('123')]).toEqual([true, false, false]);
  });

  test('finds NHS numbers that pass the check, grouped 3-3-4 or not', () => {
    const text = 'NHS 943 476 5919, 943-476-5919, 9434765919 and 943 476 5918';
    expect(findNhsNumbers(text).map((nhs) => [text.slice(nhs.start, nhs.end), nhs.isGrouped])).toEqual([
      ['943 476 5919', true],
      ['943-476-5919', true],
      ['9434765919', false],
    ]);
  });
});

describe('findDates', () => {
  test('finds numeric and written dates with their year', () => {
    const text = 'DOB 12/03/1961, 3/4/59, 12th of March, 1961, March 12, 1961 and 5 December';
    expect(findDates(text).map((date) => [text.slice(date.start, date.end), date.year])).toEqual([
      ['12/03/1961', 1961],
      ['3/4/59', 1959],
      ['12th of March, 1961', 1961],
      ['March 12, 1961', 1961],
      ['5 December', null],
    ]);
  });
});

describe('findVehicleRegistrations', () => {
  test('finds current GB plates and says which are written as on a plate', () => {
    const text = 'AB12 CDE, VU65XKT, bd51 smr';
    expect(findVehicleRegistrations(text).map((plate) => [text.slice(plate.start, plate.end), plate.isPlateLike])).toEqual([
      ['AB12 CDE', true],
      ['VU65XKT', true],
      ['bd51 smr', false],
    ]);
  });

  test('passes strings whose age digits or letters no plate can have', () => {
    expect(findVehicleRegistrations('AB45 CDE, IQ12 ABC, AB12 CQE, FY24 and OPEN 24 HRS')).toEqual([]);
  });
});
