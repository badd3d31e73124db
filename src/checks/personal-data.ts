import { findPersonalDetails, type DetailKind } from '../engine/personal-details.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';

type SuggestionId = 'removeContact' | 'removeAddress' | 'removeIdentifier' | 'anonymise' | 'askConsent';

const SUGGESTIONS: Record<DetailKind, SuggestionId> = {
  privatePhone: 'removeContact',
  unverifiedPhone: 'removeContact',
  privateEmail: 'removeContact',
  unverifiedEmail: 'removeContact',
  homeAddress: 'removeAddress',
  address: 'removeAddress',
  postcode: 'removeAddress',
  niNumber: 'removeIdentifier',
  nhsNumber: 'removeIdentifier',
  dateOfBirth: 'removeIdentifier',
  vehicle: 'removeIdentifier',
  residentDetails: 'anonymise',
  identifiableDetails: 'anonymise',
  residentCase: 'anonymise',
  citingResident: 'askConsent',
};

export default defineCheck<DetailKind, SuggestionId>({
  meta: {
    id: 'personal-data',
    title: 'Personal details of residents',
    clause: CLAUSES.personalDetails,
    defaultSeverity: 'block',
    messages: {
      privatePhone: "This looks like a person's own phone number. Remove it, or ask them to contact you instead.",
      unverifiedPhone: 'Check this number is a public line of an organisation and that its owner is happy for you to share it.',
      privateEmail: "This looks like a resident's own email address. Remove it, or ask them to contact you instead.",
      unverifiedEmail: 'Check this email address is a public one and that its owner is happy for you to share it.',
      homeAddress: "This gives someone's home address. Remove the house number and street, or describe the area instead.",
      address: "This looks like a home address. If it is not a public venue, remove the house number or describe the area instead.",
      postcode: 'A full postcode can point to a handful of homes. Use the street or area name instead.',
      niNumber: 'This looks like a National Insurance number. Never publish one: remove it.',
      nhsNumber: 'This looks like an NHS number. Never publish one: remove it.',
      dateOfBirth: "This gives someone's date of birth, which helps identity fraud. Remove it.",
      vehicle: 'This gives a vehicle registration, which identifies its keeper. Remove or blur it.',
      residentDetails: 'This links {{person}} to their health, benefits, school or personal circumstances. Remove the name or the details.',
      identifiableDetails: 'Together, the street and these details could identify the household. Leave out the street or the details.',
      residentCase: "This names {{person}} alongside their complaint or case. Leave the name out unless they have agreed in writing.",
      citingResident: 'You name {{person}} here. Get their written consent before citing a resident or their casework.',
    },
    suggestions: {
      removeContact: 'Say "get in touch with me and I will pass your details on" instead of sharing their contact details.',
      removeAddress: 'Name the street or area only, for example "a resident in the Willow Close area".',
      removeIdentifier: 'Delete the number or date; refer to "a resident" instead.',
      anonymise: 'Describe the issue without the name, for example "a resident has been waiting months for a decision".',
      askConsent: 'Ask the resident for written consent, or leave their name out.',
    },
    vocabulary: {
      'organisation-line': "Words that introduce an organisation's public line or address: helpline, box office, reception, council.",
      'person-contact': "Words that show a number or address is a person's own: his number, her mobile, the tenant at.",
      'own-contact': "Words that show a contact detail is the councillor's own: email me at, call me on, my office.",
      venue: 'Places that make an address a venue rather than a home: centre, hall, library, pub.',
      event: 'Events that make an address a venue: surgery, drop-in, coffee morning, held at.',
      imprint: 'Words that start an election imprint, whose address the law requires: promoted by, published by.',
      'public-places': 'Addresses everyone knows to be public, such as Downing Street.',
      'ni-keywords': 'Words that confirm a National Insurance number nearby.',
      'nhs-keywords': 'Words that confirm an NHS number nearby.',
      'dob-keywords': 'Words that make a date a date of birth: DOB, date of birth, born on.',
      'vehicle-keywords': 'Words that make a registration-like string a vehicle registration: reg, car, parked.',
      'sensitive-details': 'Health, disability, benefits, housing, school, criminal and other sensitive circumstances.',
      'attached-to-person': 'Words that tie a sensitive detail to a person: her, his, whose, has, diagnosed.',
      'person-events': "Events in someone's life (evicted, had a fall, arrested): tied to a resident named in the same sentence without other words.",
      household: 'Words for one household or person that a street name could identify: a family, a lady, a tenant.',
      'case-details': 'Words that describe a complaint or casework.',
      'citing-resident': 'Words that show casework with a named resident: spoke to, visited, helped.',
      'not-names': 'Words that show two capitalised words are an organisation or scheme, not a person.',
    },
    examples: {
      flag: [
        { text: 'If anyone knows the tenant at 22 Ferry Lane, his number is 07700 900461.', messageId: 'privatePhone', excerpt: '07700 900461' },
        { text: 'Spoke to Mrs Jean Atkins at 14 Willow Close, CB4 1AA about her housing benefit.', messageId: 'homeAddress', excerpt: '14 Willow Close, CB4 1AA' },
        { text: 'Her NI number QQ 12 34 56 C was printed on the letter.', messageId: 'niNumber' },
        { text: 'Constituent case: Mr D. Okafor, DOB 12/03/1961, still waiting for his blue badge.', messageId: 'dateOfBirth', excerpt: 'DOB 12/03/1961' },
        { text: 'Mr Patel, drop me a line at raj.patel@example.com if it is not sorted.', messageId: 'privateEmail' },
        { text: 'Visited a family whose son has severe autism. The system is failing the Hendersons.', messageId: 'residentDetails' },
        { text: 'The white van AB12 CDE has been parked on the verge for weeks.', messageId: 'vehicle' },
      ],
      pass: [
        "Report potholes online or call the council's contact centre on 0345 045 5200.",
        'You can email me at cllr.sam.jones@cambridgeshire.gov.uk with any casework.',
        'Thanks to everyone who came to my surgery at Arbury Community Centre, 10 Campkin Road.', // near miss: a venue
        'Happy 100th birthday to Edna, who celebrated with friends at the community centre today!',
        'Promoted by A. Example on behalf of the Green Party, both at 1 Example Street, Cambridge CB1 1AA.',
        'Plans for 120 homes on Mill Road go to committee on 3 December.',
      ],
    },
  },
  check(draft, context) {
    return findPersonalDetails(draft, context).map((detail) => ({
      messageId: detail.kind,
      start: detail.start,
      end: detail.end,
      severity: detail.severity,
      suggestionId: SUGGESTIONS[detail.kind],
      ...(detail.person ? { data: { person: detail.person } } : {}),
    }));
  },
});
