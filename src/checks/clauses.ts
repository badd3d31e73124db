import type { Category } from '../engine/finding.js';

/**
 * Every clause a check cites, quoted word for word from the council documents in
 * docs/sources/ (a test holds them to it). The Members' Code on social media is listed
 * bullet by bullet, with what covers each bullet: a check, a checklist item or guidance.
 * This table is the answer to "what does this tool check?" (`post-check clauses`).
 */

export type ClauseSource = 'members-code' | 'council-guidance' | 'social-media-policy' | 'house-rules' | 'acceptable-use' | 'pack';

export interface Clause {
  readonly source: ClauseSource;
  readonly section: string;
  readonly bullet?: string;
  /** The clause, verbatim. */
  readonly text: string;
  /** The checks that enforce it. */
  readonly checks: readonly Category[];
  /** The before-posting checklist items that cover it. */
  readonly checklist: readonly string[];
  /** How the app covers a clause that no text check can. */
  readonly howCovered?: string;
  /** The sentence a finding quotes, when it is not the first; word for word from `text`. */
  readonly quote?: string;
}

export const SOURCE_TITLES: Record<ClauseSource, string> = {
  'members-code': "Members' Code on social media",
  'council-guidance': "Council's social media guidance",
  'social-media-policy': 'Social media policy',
  'house-rules': 'Social media house rules',
  'acceptable-use': 'Social media acceptable use policy',
  pack: "Your council's rules",
};

export const SOURCE_FILES: Record<Exclude<ClauseSource, 'pack'>, string> = {
  'members-code': 'members-code-social-media.txt',
  'council-guidance': 'council-social-media-guidance.txt',
  'social-media-policy': 'social-media-policy-2023.txt',
  'house-rules': 'house-rules-borough.txt',
  'acceptable-use': 'acceptable-use-city.txt',
};

export const CLAUSES = {
  citingResidents: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "1",
    text: "Do not do anything to jeopardise the council's obligations under the Freedom of Information Act and Data Protection Act such as citing or referencing residents, partners or suppliers without their written approval. Be aware that content on such social media websites may be subject to Freedom of Information requests.",
    checks: ["personal-data"],
    checklist: [],
  },
  intellectualProperty: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "2",
    text: "Do not misappropriate or infringe the intellectual property of other organisations and individuals which could create liability for the council as well as themselves.",
    checks: ["copyright"],
    checklist: ["own-words"],
  },
  predetermination: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "3",
    text: "Do not say anything through social media that suggests you have made your mind up on an issue that is due to be formally decided (particularly important on planning issues). While your likely view on a particular application may be well known, you need to be able to show that you attended the committee or hearing prepared to take on board and weigh all the evidence, and were genuinely open to a different view, in order to avoid allegations of predetermination or bias.",
    checks: ["predetermination"],
    checklist: [],
  },
  confidentialMatters: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "4",
    text: "Do not write or report on conversations, meetings or matters that are meant to be confidential or internal to the council such as those held in exempt session or prior to the publication of reports.",
    checks: ["confidential"],
    checklist: [],
  },
  references: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "5",
    text: "Do not provide references for individuals on social or professional networking sites as this creates a legal liability.",
    checks: ["references"],
    checklist: [],
  },
  haste: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "6",
    text: "Do not blog or tweet in haste, particularly in circumstances where your judgement might be impaired; for example, if you are tired or have consumed alcohol.",
    checks: ["haste"],
    checklist: ["not-in-haste"],
  },
  personalViewsAsCouncil: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "7",
    text: "Do not represent your personal views, or those of any political party or interest group you belong to, as being those of the Council on any social medium.",
    checks: ["council-branding"],
    checklist: ["roles-clear"],
  },
  inappropriateMaterial: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "8",
    text: "Do not browse, download, upload or distribute any material that could be considered inappropriate, offensive, defamatory, illegal or discriminatory.",
    checks: ["abuse", "defamation"],
    checklist: [],
  },
  financialInterests: {
    source: 'members-code',
    section: "Practices to Avoid",
    bullet: "9",
    text: "Do not, in your role as a Councillor, use social media to promote personal financial interests. This includes the promotion of particular commercial activities that Council representatives may have an interest in.",
    checks: ["financial-interest"],
    checklist: [],
  },
  personalOpinionDistinguished: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "1",
    text: "The Members' Code of Conduct will only apply to you when you are, or appear to be acting in your official capacity, so it must be clear that expressions of personal opinion are appropriately distinguished. For the avoidance of doubt, do consider keeping your personal and political accounts separate or where this is inconvenient use clear expressions of intent such as 'speaking entirely personally' or 'the views expressed here are my personal opinion'. Consider also installing appropriate privacy settings for your personal accounts.",
    checks: ["council-branding"],
    checklist: ["roles-clear"],
    howCovered: "The app asks you to choose the capacity you are posting in for every post. Privacy settings are set on the platform itself: the app cannot see them, so the guidance reminds you.",
  },
  officialUseCompliant: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "2",
    text: "Do ensure your official use of social media is compliant with the Members' Code by ensuring that your profile and any content is consistent with the council's professional image and obligations for instance:",
    checks: ["abuse", "defamation", "confidential"],
    checklist: [],
  },
  treatOthersWithRespect: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "2a",
    text: "Treat others with respect do not use social media in any way to attack, insult, abuse, defame or otherwise make negative, offensive or discriminatory comments about residents, council staff and services, other Members and/or organisations or leave on your web or social media pages comments made by others which may be equally damaging/defamatory.",
    checks: ["abuse", "defamation"],
    checklist: [],
  },
  equalityAndBullying: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "2b",
    text: "Comply with equality laws do not publish anything that might be seen as racist, sexist, ageist, homophobic or anti-faith. Never bully or harass anyone do not say anything, particularly if it is part of a series of similar comments about a person or on a theme that might be construed as bullying or intimidation.",
    checks: ["abuse"],
    checklist: [],
  },
  disrepute: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "2c",
    text: "Do not bring the council into disrepute you should not publish anything that could reasonably be perceived as reflecting badly upon or lowering the reputation of yourself or the Council.",
    checks: ["abuse", "defamation", "haste"],
    checklist: ["public-for-long"],
  },
  confidentialInformation: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "2d",
    text: "Do not disclose confidential information you must not, in your use of social media, just as in any other circumstances, disclose information given to you in confidence by anyone, or information acquired by you which you believe, or ought reasonably to be aware, is of a confidential nature.",
    checks: ["confidential"],
    checklist: [],
  },
  publicForLongTime: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "3",
    text: "Do be mindful that what you publish will be in the public domain for a long time and can't be easily retracted once published.",
    checks: [],
    checklist: ["public-for-long"],
  },
  higherProfile: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "4",
    text: "Do be aware that the higher your profile as an elected member the more likely it is you will be seen as acting in your official capacity. Equally, be aware that you will be seen as acting in your official capacity if you publish information that you could only have accessed by being an elected member.",
    checks: ["confidential"],
    checklist: ["roles-clear"],
  },
  addValue: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "5",
    text: "Do use social media to add value to the environment in which you are participating and to provide worthwhile information and perspective to residents.",
    checks: [],
    checklist: [],
    howCovered: "A matter of judgement, not a rule a machine can apply: the app does not check it.",
  },
  tolerateDisagreement: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "6",
    text: "Do tolerate disagreement some comments may not accord with your views and deleting the comments of people who disagree with you can backfire. The same comments can appear elsewhere from with the possibility of linking them back to your site with accusations of gagging.",
    checks: [],
    checklist: [],
    howCovered: "About deleting other people’s comments on the platform, which the app never sees: covered in the guidance only.",
  },
  avoidDifficultUsers: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "7",
    text: "Do avoid the difficult users, don't get bogged down, you don't have to respond to everything. Ignore if necessary.",
    checks: ["abuse"],
    checklist: [],
    howCovered: "The abuse check catches replies that insult the people you are answering.",
  },
  befriendingStaff: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "8",
    text: "Do exercise caution in requesting or accepting a Council employee or contractor providing services to the Council as a \"friend\" on a social networking site where this can suggest close personal association.",
    checks: [],
    checklist: [],
    howCovered: "About friend requests on the platform, which the app never sees: covered in the guidance only.",
  },
  passwords: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "9",
    text: "Do use secure passwords and never share your password with anyone. If you are using shared IT equipment don't store your password on the computer.",
    checks: [],
    checklist: [],
    howCovered: "Passwords belong to the platform, not the post: the app never asks for or stores them and covers this in the guidance.",
  },
  ownSafety: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "10",
    text: "Do be aware of your own safety and ensure that anything you publish does not leave you vulnerable. Any Councillor receiving threats, abuse or harassment via their use of social media should report it to their political group leader, Members' services and /or the Police.",
    checks: ["safety"],
    checklist: [],
  },
  mediaInterest: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "11",
    text: "Do be aware that what you say on social media will likely attract interest from the media and may well result in a news story, in the same way comments you make in the council chamber would do. For example, a throw away comment about a fellow member could result in a big news story that you had not intended which could damage your own reputation and that of the council.",
    checks: ["abuse", "defamation"],
    checklist: ["public-for-long"],
  },
  accuracy: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "12",
    text: "Do double-check that information you post on social media is accurate before you publish it and if in any doubt, don't publish.",
    checks: ["defamation"],
    checklist: ["facts-checked"],
  },
  councilAccountsPolitical: {
    source: 'members-code',
    section: "Examples of Good Practice",
    bullet: "13",
    text: "Do try to avoid engaging the council's social media accounts in political conversations, as these accounts are managed by council officers for the benefit of residents to inform them of services and news. They should not be used for political purposes.",
    checks: ["election-period"],
    checklist: [],
  },
  personallyResponsible: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "1",
    text: "You are personally responsible for the content you publish on any form of social media, in the same way that you are responsible for letters or emails you send.",
    checks: [],
    checklist: ["facts-checked"],
  },
  libel: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "2",
    text: "Publishing or allowing to be published (in the form of a comment) an untrue statement about a person which is damaging to their reputation may incur a libel action.",
    checks: ["defamation"],
    checklist: ["facts-checked"],
  },
  publicDomain: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "3",
    text: "Social media sites are in the public domain and it is important to ensure you are confident of the nature of the information you publish. Once published, content is almost impossible to control and may be manipulated without your consent, used in different contexts, or further distributed.",
    checks: [],
    checklist: ["public-for-long"],
  },
  privacySettings: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "4",
    text: "Make use of stringent privacy settings if you don't want your social media to be accessed by the press or public. Read the terms of service of any social media site accessed and make sure you understand their confidentiality/privacy settings.",
    checks: [],
    checklist: [],
    howCovered: "Privacy settings are set on the platform itself: the app cannot see them, so the guidance reminds you to check them.",
  },
  personalDetails: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "5",
    text: "Do not disclose personal details such as home addresses and telephone numbers.",
    checks: ["personal-data", "safety"],
    checklist: [],
  },
  dataProtection: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "6",
    text: "Ensure that you handle any personal or sensitive information in line with the council's Data Protection Policy.",
    checks: ["personal-data"],
    checklist: [],
  },
  privateMeetings: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "7",
    text: "Do not publish or report on meetings which are private or internal (where no members of the public are present or it is of a confidential nature) or are Part 2 reports (which contain confidential information or matters which are exempt under the provision of the Local Government (Access to Information) Act 1985).",
    checks: ["confidential"],
    checklist: [],
  },
  copyright: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "8",
    text: "Copyright laws still apply online. Placing images or text from a copyrighted source (e.g. extracts from publications or photos) without permission is likely to breach copyright. Avoid publishing anything you are unsure about or seek permission from the copyright holder in advance.",
    quote: 'Placing images or text from a copyrighted source (e.g. extracts from publications or photos) without permission is likely to breach copyright.',
    checks: ["copyright"],
    checklist: ["own-words"],
  },
  abusiveMessages: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "9",
    text: "Don't send or post inappropriate, abusive, bullying, racist or defamatory messages to members of the public, other councillors or officers either in or outside the work environment",
    checks: ["abuse", "defamation"],
    checklist: [],
  },
  elections: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "10",
    text: "Elections the council will not promote councillors' social media accounts during the pre-election period and councillors should take extra care with what they post at this time.",
    checks: ["election-period"],
    checklist: [],
  },
  biography: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "11",
    text: "In any biography, the account should state the views are those of the councillor in question and may not represent the views of the council.",
    checks: [],
    checklist: ["roles-clear"],
    howCovered: "Your biography is on the platform, not in the post: the checklist asks whether your roles are clear.",
  },
  councilLogo: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "12",
    text: "Do not use the council's logo, or any other council related material on a personal account or website.",
    checks: ["council-branding"],
    checklist: [],
  },
  faceToFace: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "13",
    text: "Social media must not be used for actions that would put councillors in breach of the council's Code of Conduct. For example, don't publish on social media something you wouldn't want to say face to face, or at a public meeting.",
    checks: ["abuse", "haste"],
    checklist: ["public-for-long"],
  },
  vulnerable: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "14",
    text: "Be aware of your own safety when placing information on the internet and do not publish information which could leave you vulnerable.",
    checks: ["safety"],
    checklist: [],
  },
  reportThreats: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "15",
    text: "Anyone receiving threats, abuse or harassment via their use of social media should report it to their political group leader, Democratic Services and/or the police.",
    checks: [],
    checklist: [],
    howCovered: "About threats you receive, not what you post: the guidance says whom to report them to.",
  },
  facebookPage: {
    source: 'members-code',
    section: "Responsibilities of councillors",
    bullet: "16",
    text: "It is recommended that in the case of Facebook, councillors wishing to keep their personal life and role as a councillor separate create a Facebook page which members of the public can like rather than using their personal profiles.",
    checks: [],
    checklist: ["roles-clear"],
  },  discriminationGuidance: {
    source: 'council-guidance',
    section: 'Acceptable use and conduct guidance for interaction',
    text: 'Discriminatory language or the bullying or harassment of any individual, for example by making offensive or derogatory comments relating to protected characteristics as defined by the Equality Act 2010, or by posting (or linking to) images that are discriminatory and offensive.',
    checks: ['abuse'],
    checklist: [],
  },
  personalInformationPolicy: {
    source: 'social-media-policy',
    section: 'Acceptable use and site rules for the public',
    text: "Do not publicise their, or anyone else's, personal information, e.g. contact details",
    checks: ['personal-data'],
    checklist: [],
  },
  advertisingPolicy: {
    source: 'social-media-policy',
    section: 'Acceptable use and site rules for the public',
    text: 'Do not advertise products or services',
    checks: ['financial-interest'],
    checklist: [],
  },
  brandIdentity: {
    source: 'house-rules',
    section: 'Deleting comments and blocking users',
    text: 'If the user, without authorisation, is copying brand identity, using similar photographs, or copying, amending, or otherwise doctoring branded council graphics, which could potentially lead to public confusion around what is a genuine council publication or communication, the user would be blocked or banned.',
    checks: ['council-branding'],
    checklist: [],
  },
  preElectionPeriod: {
    source: 'house-rules',
    section: 'Pre-election period',
    text: 'Councils have to be very careful not to do or say anything that could be seen in any way to support any political party or candidate.',
    checks: ['election-period'],
    checklist: [],
  },
  doNotSwear: {
    source: 'acceptable-use',
    section: 'Social media acceptable use policy',
    text: 'Do not swear.',
    checks: ['abuse'],
    checklist: [],
  },
  defamationPolicy: {
    source: 'acceptable-use',
    section: 'Defamation',
    text: 'Please take care not to make defamatory statements. In law this means a statement that lowers the reputation of a person or organisation in the eyes of a reasonable person.',
    checks: ['defamation'],
    checklist: [],
  },
} as const satisfies Record<string, Clause>;

export type ClauseId = keyof typeof CLAUSES;

/** The first sentence of a clause, word for word: what a finding quotes. */
export function clauseQuote(clause: Clause): string {
  if (clause.quote) return clause.quote;
  const first = /^.*?[.!?](?=\s+\p{Lu}|$)/su.exec(clause.text);
  return first ? first[0] : clause.text;
}

/** The clause as shown with a finding: where it is, then its first sentence. */
export function formatClause(clause: Clause): string {
  const title = SOURCE_TITLES[clause.source];
  const where = [title, clause.section === title ? null : clause.section, clause.bullet ? `bullet ${clause.bullet}` : null].filter(Boolean).join(', ');
  return `${where}: “${clauseQuote(clause)}”`;
}
