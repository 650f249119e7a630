import { DEMO_ADMIN } from '../config/environment';
import { Construction, CurrentSetting, LegalFramework, PriorityClass, Role, Sex, SupportIntensity, Woonvariant } from '@tp/domain';

/**
 * The demo region: the Deventer region of the seed papers (Deventer as centrumgemeente with
 * Lochem, Olst-Wijhe, Raalte and Zutphen). Buurt codes have the CBS form BU + gemeente + wijk +
 * buurt; the names are real places, the numbering is illustrative. Clients are fictitious and
 * carry only a provider's file number.
 */
export const DEMO_REGION = { code: 'DEVENTER', name: 'Regio Deventer' } as const;

/** One password for every demo user; the same as the demo admin's (unless ADMIN_PASSWORD is set). */
export const DEMO_PASSWORD = DEMO_ADMIN.password;

export const DEMO_EMAIL_DOMAIN = 'transferpunt.demo';

export interface DemoBuurt {
  code: string;
  name: string;
  maxPlacementsPer12Months?: number;
  maxLiveTenancies?: number;
}

export interface DemoMunicipality {
  code: string;
  name: string;
  isCentre?: boolean;
  /** Local part of the officer's e-mail address. */
  slug: string;
  buurten: DemoBuurt[];
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    code: 'GM0150',
    name: 'Deventer',
    isCentre: true,
    slug: 'deventer',
    buurten: [
      { code: 'BU01500101', name: 'Binnenstad', maxPlacementsPer12Months: 3, maxLiveTenancies: 6 },
      { code: 'BU01500402', name: 'Rivierenwijk', maxPlacementsPer12Months: 2, maxLiveTenancies: 4 },
      { code: 'BU01500703', name: 'Keizerslanden' },
    ],
  },
  {
    code: 'GM0262',
    name: 'Lochem',
    slug: 'lochem',
    buurten: [
      { code: 'BU02620101', name: 'Lochem-Centrum', maxPlacementsPer12Months: 2 },
      { code: 'BU02620301', name: 'Gorssel' },
      { code: 'BU02620501', name: 'Laren' },
    ],
  },
  {
    code: 'GM1773',
    name: 'Olst-Wijhe',
    slug: 'olst-wijhe',
    buurten: [
      { code: 'BU17730101', name: 'Olst-Centrum' },
      { code: 'BU17730201', name: 'Wijhe-Centrum', maxLiveTenancies: 3 },
      { code: 'BU17730301', name: 'Welsum' },
    ],
  },
  {
    code: 'GM0177',
    name: 'Raalte',
    slug: 'raalte',
    buurten: [
      { code: 'BU01770101', name: 'Raalte-Centrum', maxPlacementsPer12Months: 2 },
      { code: 'BU01770201', name: 'Heino' },
      { code: 'BU01770401', name: 'Luttenberg' },
    ],
  },
  {
    code: 'GM0301',
    name: 'Zutphen',
    slug: 'zutphen',
    buurten: [
      { code: 'BU03010101', name: 'Binnenstad', maxPlacementsPer12Months: 3, maxLiveTenancies: 5 },
      { code: 'BU03010302', name: 'Waterkwartier', maxPlacementsPer12Months: 2, maxLiveTenancies: 4 },
      { code: 'BU03010601', name: 'Warnsveld' },
    ],
  },
];

export type DemoOrgKey = 'ieder1' | 'demarke' | 'dimence' | 'tactus';

export const DEMO_ORGANISATIONS: Array<{ key: DemoOrgKey; type: 'corporation' | 'care_provider'; name: string }> = [
  { key: 'ieder1', type: 'corporation', name: 'Woonbedrijf ieder1' },
  { key: 'demarke', type: 'corporation', name: 'Woonstichting De Marke' },
  { key: 'dimence', type: 'care_provider', name: 'Dimence' },
  { key: 'tactus', type: 'care_provider', name: 'Tactus' },
];

export const demoEmail = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

/** Every demo login, in the order the start-up banner prints them. */
export function demoUsers(): Array<{ role: Role; email: string; organisation: { municipalityCode: string } | { key: DemoOrgKey } }> {
  return [
    { role: 'coordinator', email: demoEmail('coordinator'), organisation: { municipalityCode: 'GM0150' } },
    // read-only oversight: the figures without personal data (e.g. for the Wmo-raad), and the audit trail
    { role: 'auditor', email: demoEmail('auditor'), organisation: { municipalityCode: 'GM0150' } },
    { role: 'privacy_officer', email: demoEmail('privacy'), organisation: { municipalityCode: 'GM0150' } },
    ...DEMO_MUNICIPALITIES.map((m) => ({ role: 'municipal_officer' as Role, email: demoEmail(`officer.${m.slug}`), organisation: { municipalityCode: m.code } })),
    ...DEMO_ORGANISATIONS.map((o) => ({ role: o.type as Role, email: demoEmail(o.key), organisation: { key: o.key } })),
  ];
}

export interface DemoClient {
  careProvider: DemoOrgKey;
  reference: string;
  originMunicipalityCode: string;
  birthYear: number;
  householdSize: number;
  currentSetting: CurrentSetting;
  sex: Sex;
  legalFramework: LegalFramework;
  livingSituation: string;
  incomeBand: string;
  needs?: string[];
  avoidNeighbourhoodCodes?: string[];
  nomination?: {
    status: 'draft' | 'submitted' | 'active' | 'housed';
    woonvariant: Woonvariant;
    maxRent?: number;
    minRooms?: number;
    construction: Construction;
    supportProvider: string;
    supportIntensity: SupportIntensity;
    /** Days before now: created, submitted, approved (when the status has got that far). */
    createdDaysAgo: number;
    submittedDaysAgo?: number;
    approvedDaysAgo?: number;
    priorityClass?: PriorityClass;
  };
}

/**
 * The caseload. Active nominations are chosen so that the first matching round proposes two
 * pairings (Deventer and Zutphen) and leaves one client waiting for a room in Raalte; nobody
 * from Olst-Wijhe is in the queue, so the README's walk-through there is predictable.
 */
export const DEMO_CLIENTS: DemoClient[] = [
  {
    careProvider: 'dimence', reference: 'DIM-2026-0141', originMunicipalityCode: 'GM0150', birthYear: 1988, householdSize: 1,
    currentSetting: 'BW', sex: 'male', legalFramework: 'Wmo', livingSituation: 'beschermd wonen, intramuraal', incomeBand: 'uitkering',
    needs: ['low_stimulus'],
    nomination: {
      status: 'active', woonvariant: 'zelfstandig', maxRent: 650, construction: 'omklap', supportProvider: 'Dimence', supportIntensity: 'medium',
      createdDaysAgo: 52, submittedDaysAgo: 50, approvedDaysAgo: 44, priorityClass: 'urgent',
    },
  },
  {
    careProvider: 'dimence', reference: 'DIM-2026-0157', originMunicipalityCode: 'GM0301', birthYear: 1996, householdSize: 1,
    currentSetting: 'GGZ', sex: 'female', legalFramework: 'Zvw', livingSituation: 'klinische opname', incomeBand: 'uitkering',
    nomination: {
      status: 'active', woonvariant: 'kleine_zelfstandige_wooneenheid', maxRent: 560, construction: 'onder_voorwaarden', supportProvider: 'Dimence',
      supportIntensity: 'licht', createdDaysAgo: 33, submittedDaysAgo: 31, approvedDaysAgo: 27, priorityClass: 'normal',
    },
  },
  {
    careProvider: 'dimence', reference: 'DIM-2026-0163', originMunicipalityCode: 'GM0262', birthYear: 1979, householdSize: 2,
    currentSetting: 'BW', sex: 'female', legalFramework: 'Wmo', livingSituation: 'beschermd wonen, met kind', incomeBand: 'uitkering',
    needs: ['ground_floor'],
    nomination: {
      status: 'submitted', woonvariant: 'zelfstandig', maxRent: 720, minRooms: 2, construction: 'omklap', supportProvider: 'Dimence',
      supportIntensity: 'complex', createdDaysAgo: 9, submittedDaysAgo: 6,
    },
  },
  {
    careProvider: 'dimence', reference: 'DIM-2026-0170', originMunicipalityCode: 'GM0150', birthYear: 2006, householdSize: 1,
    currentSetting: 'youth', sex: 'male', legalFramework: 'Jeugdwet', livingSituation: 'begeleid wonen jeugd', incomeBand: 'studiefinanciering',
    nomination: {
      status: 'draft', woonvariant: 'kamer', maxRent: 480, construction: 'onder_voorwaarden', supportProvider: 'Dimence', supportIntensity: 'medium',
      createdDaysAgo: 2,
    },
  },
  {
    careProvider: 'tactus', reference: 'TAC-26-0412', originMunicipalityCode: 'GM0177', birthYear: 1975, householdSize: 1,
    currentSetting: 'verslavingszorg', sex: 'male', legalFramework: 'Wmo', livingSituation: 'kliniek, afgerond traject', incomeBand: 'uitkering',
    nomination: {
      status: 'active', woonvariant: 'kamer', maxRent: 450, construction: 'regulier', supportProvider: 'Tactus', supportIntensity: 'licht',
      createdDaysAgo: 75, submittedDaysAgo: 74, approvedDaysAgo: 68, priorityClass: 'normal',
    },
  },
  {
    careProvider: 'tactus', reference: 'TAC-26-0431', originMunicipalityCode: 'GM0193', birthYear: 1983, householdSize: 1,
    currentSetting: 'MO', sex: 'male', legalFramework: 'Wmo', livingSituation: 'nachtopvang', incomeBand: 'uitkering',
    nomination: {
      status: 'submitted', woonvariant: 'zelfstandig', maxRent: 620, construction: 'omklap', supportProvider: 'Tactus', supportIntensity: 'complex',
      createdDaysAgo: 4, submittedDaysAgo: 3,
    },
  },
  {
    careProvider: 'tactus', reference: 'TAC-26-0437', originMunicipalityCode: 'unknown', birthYear: 1991, householdSize: 1,
    currentSetting: 'bemoeizorg', sex: 'unknown', legalFramework: 'Wmo', livingSituation: 'dak- en thuisloos', incomeBand: 'geen inkomen',
  },
  {
    careProvider: 'tactus', reference: 'TAC-25-0388', originMunicipalityCode: 'GM0150', birthYear: 1969, householdSize: 1,
    currentSetting: 'BW', sex: 'female', legalFramework: 'Wmo', livingSituation: 'beschermd wonen', incomeBand: 'uitkering',
    nomination: {
      status: 'housed', woonvariant: 'zelfstandig', maxRent: 640, construction: 'omklap', supportProvider: 'Tactus', supportIntensity: 'medium',
      createdDaysAgo: 260, submittedDaysAgo: 258, approvedDaysAgo: 250, priorityClass: 'normal',
    },
  },
];

export interface DemoVacancy {
  corporation: DemoOrgKey;
  address: string;
  neighbourhoodCode: string;
  woonvariant: Woonvariant;
  rooms: number;
  rent: number;
  accessible: boolean;
  floor: number | null;
  constructions: Construction[];
  /** Days from now (negative: in the past). */
  availableInDays: number;
  publishedDaysAgo: number;
}

/** Open homes: the first two find a candidate in the first round, the third waits for one. */
export const DEMO_OPEN_VACANCIES: DemoVacancy[] = [
  {
    corporation: 'ieder1', address: 'Hoge Hondstraat 87-2, 7411 KN Deventer', neighbourhoodCode: 'BU01500101', woonvariant: 'zelfstandig', rooms: 2,
    rent: 612.5, accessible: false, floor: 2, constructions: ['regulier', 'omklap'], availableInDays: 21, publishedDaysAgo: 1,
  },
  {
    corporation: 'demarke', address: 'Spittaalstraat 41a, 7201 EC Zutphen', neighbourhoodCode: 'BU03010101', woonvariant: 'kleine_zelfstandige_wooneenheid',
    rooms: 1, rent: 498.75, accessible: false, floor: 1, constructions: ['regulier', 'onder_voorwaarden'], availableInDays: 14, publishedDaysAgo: 2,
  },
  {
    corporation: 'demarke', address: 'Rijkenhage 14, 7206 AB Zutphen', neighbourhoodCode: 'BU03010302', woonvariant: 'zelfstandig', rooms: 3,
    rent: 781.2, accessible: true, floor: 0, constructions: ['regulier'], availableInDays: 35, publishedDaysAgo: 3,
  },
];

/** The one earlier placement in the history: client TAC-25-0388, housed in Keizerslanden on an omklap lease. */
export const DEMO_HOUSED = {
  clientReference: 'TAC-25-0388',
  vacancy: {
    corporation: 'ieder1' as DemoOrgKey, address: 'Hanzeweg 23, 7418 AV Deventer', neighbourhoodCode: 'BU01500703', woonvariant: 'zelfstandig' as Woonvariant,
    rooms: 2, rent: 598.4, accessible: false, floor: 0, constructions: ['regulier', 'omklap'] as Construction[], availableInDays: -150, publishedDaysAgo: 190,
  },
  proposedDaysAgo: 188,
  startDaysAgo: 150,
};
