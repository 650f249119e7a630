/** Dutch names for the codes of the API, in the terms of the trade. */
type Labels = Record<string, string>;
export const label = (map: Labels, code: string | null | undefined): string => (code ? (map[code] ?? code) : '—');

export const ROLE: Labels = {
  admin: 'Beheerder',
  corporation: 'Woningcorporatie',
  care_provider: 'Zorgaanbieder',
  municipal_officer: 'Gemeente',
  coordinator: 'Coördinator transferpunt',
  auditor: 'Toezichthouder (alleen cijfers)',
  privacy_officer: 'Functionaris gegevensbescherming',
};

export const NOMINATION_STATUS: Labels = {
  draft: 'Concept',
  submitted: 'Ingediend, wacht op besluit gemeente',
  rejected: 'Afgewezen',
  active: 'Goedgekeurd, in de wachtrij',
  matched: 'Gekoppeld aan een woning',
  housed: 'Gehuisvest',
  withdrawn: 'Ingetrokken',
  expired: 'Verlopen',
};

export const VACANCY_STATUS: Labels = { open: 'Beschikbaar', matched: 'Gekoppeld', let: 'Verhuurd', withdrawn: 'Ingetrokken' };

export const MATCH_STATUS: Labels = {
  proposed: 'Voorgesteld, wacht op gemeente',
  approved: 'Goedgekeurd door gemeente, wacht op corporatie',
  accepted: 'Geaccepteerd door corporatie, wacht op cliënt',
  client_accepted: 'Geaccepteerd door cliënt, wacht op huurcontract',
  housed: 'Huurcontract getekend',
  declined: 'Afgewezen',
  expired: 'Verlopen (termijn overschreden)',
  cancelled: 'Geannuleerd',
};

export const MATCH_STATUS_SHORT: Labels = {
  proposed: 'Voorgesteld',
  approved: 'Goedgekeurd',
  accepted: 'Geaccepteerd',
  client_accepted: 'Cliënt akkoord',
  housed: 'Gehuisvest',
  declined: 'Afgewezen',
  expired: 'Verlopen',
  cancelled: 'Geannuleerd',
};

/** Who takes the step at each live status. */
export const STEP_PARTY: Record<string, 'municipal_officer' | 'corporation' | 'care_provider'> = {
  proposed: 'municipal_officer',
  approved: 'corporation',
  accepted: 'care_provider',
  client_accepted: 'corporation',
};

export const STEP_ACTION: Labels = {
  proposed: 'Koppeling goedkeuren',
  approved: 'Kandidaat accepteren',
  accepted: 'Woning accepteren namens cliënt',
  client_accepted: 'Getekend huurcontract registreren',
};

export const LIVE_MATCH_STATUSES = ['proposed', 'approved', 'accepted', 'client_accepted'] as const;

export const WOONVARIANT: Labels = {
  zelfstandig: 'Zelfstandige woning',
  kleine_zelfstandige_wooneenheid: 'Kleine zelfstandige wooneenheid',
  kamer: 'Kamer',
  groepswonen: 'Groepswonen',
  skaeve_huse: 'Skaeve huse',
};

export const CONSTRUCTION: Labels = {
  regulier: 'Regulier huurcontract',
  omklap: 'Omklapconstructie (zorgaanbieder huurt)',
  onder_voorwaarden: 'Huurcontract onder voorwaarden',
};

export const SUPPORT_INTENSITY: Labels = { licht: 'Licht', medium: 'Middel', complex: 'Complex', gespecialiseerd: 'Gespecialiseerd' };

export const CURRENT_SETTING: Labels = {
  BW: 'Beschermd wonen (BW)',
  MO: 'Maatschappelijke opvang (MO)',
  bemoeizorg: 'Bemoeizorg',
  verslavingszorg: 'Verslavingszorg',
  GGZ: 'GGZ',
  forensic: 'Forensische zorg',
  youth: 'Jeugdzorg (18+)',
};

export const LEGAL_FRAMEWORK: Labels = { Wmo: 'Wmo', Zvw: 'Zvw', Wlz: 'Wlz', forensic: 'Forensische zorg', Jeugdwet: 'Jeugdwet' };
export const SEX: Labels = { female: 'Vrouw', male: 'Man', other: 'Anders', unknown: 'Onbekend' };
export const NEEDS: Labels = { ground_floor: 'Woning op de begane grond', accessible: 'Toegankelijke woning', low_stimulus: 'Prikkelarme omgeving' };
export const PRIORITY_CLASS: Labels = { urgent: 'Urgent', normal: 'Normaal' };

export const DECLINE_REASON: Labels = {
  home_unsuitable: 'Woning past niet',
  candidate_unsuitable: 'Kandidaat past niet',
  neighbourhood_load: 'Draagkracht van de buurt',
  client_refused_with_reason: 'Cliënt weigert met goede reden',
  client_refused_without_reason: 'Cliënt weigert zonder goede reden',
  client_unavailable: 'Cliënt niet beschikbaar',
  home_unavailable: 'Woning niet meer beschikbaar',
  other: 'Andere reden',
};
/** The decline reasons that fit each party. */
export const DECLINE_REASONS_FOR: Record<string, string[]> = {
  municipal_officer: ['neighbourhood_load', 'candidate_unsuitable', 'home_unsuitable', 'other'],
  corporation: ['candidate_unsuitable', 'home_unavailable', 'neighbourhood_load', 'other'],
  care_provider: ['client_refused_with_reason', 'client_refused_without_reason', 'client_unavailable', 'home_unsuitable', 'other'],
};

export const RULE: Labels = {
  woonvariant: 'Woonvariant',
  rooms: 'Aantal kamers',
  rent: 'Huur binnen maximum',
  needs: 'Toegankelijkheid',
  construction: 'Huurconstructie',
  origin: 'Terug naar gemeente van herkomst',
  avoided_neighbourhood: 'Te vermijden buurt',
  ready_from: 'Klaar om te verhuizen',
  affordability: 'Betaalbaarheid (jonger dan 23)',
  not_declined_before: 'Niet eerder afgewezen',
  neighbourhood_placements: 'Draagkracht buurt: plaatsingen',
  neighbourhood_live_tenancies: 'Draagkracht buurt: lopende huurcontracten',
  unit_placements: 'Draagkracht straat of complex: plaatsingen',
  unit_live_tenancies: 'Draagkracht straat of complex: lopende huurcontracten',
  exchange_tolerance: 'Evenwichtige uitwisseling tussen gemeenten',
};

export const EVENT: Labels = {
  proposed: 'Voorgesteld door de matching',
  approved: 'Goedgekeurd door de gemeente',
  accepted: 'Geaccepteerd door de corporatie',
  client_accepted: 'Geaccepteerd namens de cliënt',
  lease_signed: 'Huurcontract getekend',
  housed: 'Huurcontract getekend',
  declined: 'Afgewezen',
  expired: 'Verlopen: termijn overschreden',
  cancelled: 'Geannuleerd',
};

export const ACTOR: Labels = { ...ROLE, system: 'Systeem' };

export const RUN_STATUS: Labels = { queued: 'In de wachtrij', running: 'Bezig', done: 'Klaar', failed: 'Mislukt' };
export const RUN_TRIGGER: Labels = {
  manual: 'Handmatig gestart',
  vacancy_published: 'Woning gepubliceerd',
  nomination_approved: 'Voordracht goedgekeurd',
  origin_exception: 'Uitzondering herkomst',
  match_declined: 'Koppeling afgewezen',
  match_expired: 'Koppeling verlopen',
  match_cancelled: 'Koppeling geannuleerd',
  limits_changed: 'Grenzen buurt gewijzigd',
};
export const LEASEHOLDER: Labels = { client: 'Cliënt', care_provider: 'Zorgaanbieder' };

/** The API's field messages (class-validator, English) in Dutch where we know them. */
/** "vacancies 2, buurten 1" from the API as "2 woningen en 1 buurt". */
const REFERRER: Record<string, [string, string]> = {
  buurten: ['buurt', 'buurten'],
  organisations: ['organisatie', 'organisaties'],
  clients: ['cliënt', 'cliënten'],
  nominations: ['voordracht', 'voordrachten'],
  vacancies: ['woning', 'woningen'],
  matches: ['koppeling', 'koppelingen'],
  tenancies: ['huurcontract', 'huurcontracten'],
  units: ['straat of complex', 'straten of complexen'],
  users: ['gebruiker', 'gebruikers'],
  'other data': ['andere gegevens', 'andere gegevens'],
};
function referrers(list: string): string {
  const parts = list.split(', ').map((p) => {
    const m = /^(.*?) (\d+)$/.exec(p);
    if (!m) return REFERRER[p]?.[1] ?? p;
    const n = Number(m[2]);
    const words = REFERRER[m[1]];
    return `${n} ${words ? words[n === 1 ? 0 : 1] : m[1]}`;
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}` : parts[0];
}

const MESSAGES: Array<[RegExp, string | ((m: RegExpExecArray) => string)]> = [
  [/^should not be empty$|^must be longer than or equal to 1 characters$/, 'Vul dit veld in.'],
  [/^must be a string$/, 'Vul hier tekst in.'],
  [/^must be an integer number$/, 'Vul een heel getal in.'],
  [/^must be a number conforming to the specified constraints$/, 'Vul een bedrag in, met hoogstens twee cijfers achter de komma.'],
  [/^must not be less than (\S+)$/, (m) => `Vul ${m[1]} of meer in.`],
  [/^must not be greater than (\S+)$/, (m) => `Vul ${m[1]} of minder in.`],
  [/^must be a valid ISO 8601 date string$|^must be longer than or equal to 10 characters$|^must be shorter than or equal to 10 characters$/, 'Vul een geldige datum in.'],
  [/^must be a CBS code like (\S+)(, or "unknown")?$/, (m) => `Vul een CBS-code in zoals ${m[1]}${m[2] ? ', of kies onbekend' : ''}.`],
  [/^each must be a CBS code like (\S+)$/, (m) => `Elke code moet een CBS-code zijn zoals ${m[1]}.`],
  [/^must be true: record the consent first$/, 'Leg eerst de toestemming van de cliënt vast.'],
  [/^is still referred to by (.*)$/, (m) => `Kan niet worden verwijderd: nog in gebruik bij ${referrers(m[1])}.`],
  [/^the region would be left without a centrumgemeente$/, 'De regio houdt dan geen centrumgemeente over. Maak eerst een andere gemeente centrumgemeente.'],
  [/^the region already has a centrumgemeente$/, 'De regio heeft al een centrumgemeente.'],
  [/^is the centrumgemeente of its region$/, 'Dit is de centrumgemeente van de regio; die kan niet worden verwijderd.'],
  [/^must contain at least 1 elements$/, 'Kies er minstens één.'],
  [/^must be one of the following values: (.*)$/, 'Kies een van de mogelijkheden.'],
  [/^must be a UUID$/, 'Kies een waarde uit de lijst.'],
  [/^no such client of yours$/, 'Deze cliënt is niet (meer) van uw organisatie.'],
  [/^not in the region: (.*)$/, (m) => `Niet in de regio: ${m[1]}.`],
  [/^the corporation allows (.*) for this home$/, (m) => `Voor deze woning staat de corporatie alleen toe: ${m[1]}.`],
];
export function fieldMessage(message: string): string {
  for (const [re, nl] of MESSAGES) {
    const m = re.exec(message);
    if (m) return typeof nl === 'string' ? nl : nl(m);
  }
  return message;
}

export const HUURSEGMENT: Labels = {
  tot_kwaliteitskortingsgrens: 'Tot de kwaliteitskortingsgrens',
  tot_aftoppingsgrens_laag: 'Tot de lage aftoppingsgrens',
  tot_aftoppingsgrens_hoog: 'Tot de hoge aftoppingsgrens',
  tot_liberalisatiegrens: 'Tot de liberalisatiegrens',
  vrije_sector: 'Vrije sector',
  onbekend: 'Onbekend (geen maximale huur)',
};
export const OMKLAP_OUTCOME: Labels = { convert: 'Omgeklapt', extend: 'Verlengd', end: 'Beëindigd' };
export const TENANCY_EVENT_TYPE: Labels = { time_out: 'Time-out', returned: 'Terug na time-out', aanzegging: 'Aanzegging', huisuitzetting: 'Huisuitzetting' };
/** The action codes of the audit trail (NEN 7513), in words. */
export const AUDIT_ACTION: Labels = {
  'client.create': 'Cliënt geregistreerd',
  'client.read': 'Cliënt ingezien',
  'client.list': 'Cliënt in lijst getoond',
  'client.erase': 'Persoonsgegevens gewist (bewaartermijn)',
  'nomination.create': 'Voordracht aangemaakt',
  'nomination.read': 'Voordracht ingezien',
  'nomination.list': 'Voordracht in lijst getoond',
  'nomination.submit': 'Voordracht ingediend',
  'nomination.approve': 'Voordracht goedgekeurd',
  'nomination.reject': 'Voordracht afgewezen',
  'nomination.withdraw': 'Voordracht ingetrokken',
  'nomination.origin_exception': 'Uitzondering herkomst verleend',
  'nomination.renew': 'Gereedheid opnieuw bevestigd',
  'nomination.expire': 'Voordracht verlopen (gereedheid niet op tijd bevestigd)',
  'match.read': 'Koppeling ingezien',
  'match.list': 'Koppeling in lijst getoond',
  'match.approve': 'Koppeling goedgekeurd',
  'match.accept': 'Koppeling geaccepteerd door corporatie',
  'match.client_accept': 'Koppeling geaccepteerd door cliënt',
  'match.lease_signed': 'Huurcontract getekend',
  'match.decline': 'Koppeling afgewezen',
  'match.cancel': 'Koppeling geannuleerd',
  'tenancy.list': 'Huurcontract in lijst getoond',
  'tenancy.read': 'Huurcontract ingezien',
  'tenancy.evaluate': 'Huurcontract geëvalueerd',
  'tenancy.event': 'Gebeurtenis bij huurcontract',
  'audit.read': 'Logboek ingezien',
  'audit.access_report': 'Inzageoverzicht gemaakt',
};
