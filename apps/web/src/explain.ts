import { formatDate, formatMoney } from './format';
import { CONSTRUCTION, label, MATCH_STATUS_SHORT, NEEDS, WOONVARIANT } from './labels';

/** Names for codes (municipalities, buurten). */
export interface Names {
  municipality(code: string): string;
  neighbourhood(code: string): string;
}

const money = (s: string) => formatMoney(Number(s));
const list = (s: string, map: Record<string, string>) =>
  s
    .split(/,\s*/)
    .map((x) => label(map, x).toLowerCase())
    .join(', ');

/**
 * The engine explains each rule in English; these are the same sentences in Dutch, with names for
 * codes, euros and Dutch dates. A sentence the engine words differently is shown as it is.
 */
export function ruleDetail(detail: string, n: Names): string {
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^the home lies in the municipality of origin (GM\d{4})$/, (m) => `de woning ligt in de gemeente van herkomst (${n.municipality(m[1])})`],
    [/^origin exception allows (GM\d{4}) \(origin (\S+)\)$/, (m) => `een uitzondering staat ${n.municipality(m[1])} toe (herkomst ${n.municipality(m[2])})`],
    [
      /^the home lies in (GM\d{4}), the municipality of origin is (\S+) and no exception allows it$/,
      (m) => `de woning ligt in ${n.municipality(m[1])}, de gemeente van herkomst is ${n.municipality(m[2])} en geen uitzondering staat dat toe`,
    ],
    // what the corporation reads of a rule about the client as a person
    [/^passed$/, () => 'voldoet'],
    [/^not passed$/, () => 'voldoet niet'],
    [/^woonvariant (\S+)$/, (m) => label(WOONVARIANT, m[1])],
    [/^asks (\S+), home is (\S+)$/, (m) => `gevraagd: ${label(WOONVARIANT, m[1]).toLowerCase()}, de woning is: ${label(WOONVARIANT, m[2]).toLowerCase()}`],
    [/^(\d+) room\(s\), (\d+) needed$/, (m) => `${m[1]} ${m[1] === '1' ? 'kamer' : 'kamers'}, ${m[2]} nodig`],
    [/^rent ([\d.]+), no maximum set$/, (m) => `huur ${money(m[1])}, geen maximum opgegeven`],
    [/^rent ([\d.]+) against maximum ([\d.]+)$/, (m) => `huur ${money(m[1])}, maximum ${money(m[2])}`],
    [/^no needs that concern the home$/, () => 'geen eisen aan de woning'],
    [/^meets (.+)$/, (m) => `voldoet aan: ${list(m[1], NEEDS)}`],
    [/^does not meet (.+)$/, (m) => `voldoet niet aan: ${list(m[1], NEEDS)}`],
    [/^(\S+) asked, home allows (.+)$/, (m) => `gevraagd: ${label(CONSTRUCTION, m[1]).toLowerCase()}; de woning staat toe: ${m[2] === 'none' ? 'geen' : list(m[2], CONSTRUCTION)}`],
    [/^buurt (BU\d{8}) is to be avoided$/, (m) => `de cliënt wil ${n.neighbourhood(m[1])} vermijden`],
    [/^buurt (BU\d{8}) is not avoided$/, (m) => `${n.neighbourhood(m[1])} hoeft de cliënt niet te vermijden`],
    [/^available from (\d{4}-\d{2}-\d{2})$/, (m) => `beschikbaar vanaf ${formatDate(m[1])}`],
    [/^client ready from (\d{4}-\d{2}-\d{2}), home available from (\d{4}-\d{2}-\d{2})$/, (m) => `cliënt klaar vanaf ${formatDate(m[1])}, woning beschikbaar vanaf ${formatDate(m[2])}`],
    [/^this pairing was not declined or expired before$/, () => 'deze combinatie is niet eerder afgewezen of verlopen'],
    [/^no limit on placements in (\S+)$/, (m) => `geen grens aan plaatsingen in ${n.neighbourhood(m[1])}`],
    [/^no limit on live tenancies in (\S+)$/, (m) => `geen grens aan lopende huurcontracten in ${n.neighbourhood(m[1])}`],
    [
      /^(\d+) of (\d+) placements in the last 12 months in (\S+), this round's proposals included$/,
      (m) => `${m[1]} van ${m[2]} plaatsingen in de laatste 12 maanden in ${n.neighbourhood(m[3])}, met de voorstellen van deze ronde`,
    ],
    [
      /^(\d+) of (\d+) live tenancies in (\S+), this round's proposals included$/,
      (m) => `${m[1]} van ${m[2]} lopende huurcontracten in ${n.neighbourhood(m[3])}, met de voorstellen van deze ronde`,
    ],
    [/^no rent parameters given: the under-23 cap is not applied$/, () => 'geen huurgrenzen bekend: de grens voor jongeren onder 23 is niet toegepast'],
    [/^birth year unknown: the under-23 cap is not applied$/, () => 'geboortejaar onbekend: de grens voor jongeren onder 23 is niet toegepast'],
    [/^23 or older in (\d{4}): no under-23 cap$/, (m) => `23 jaar of ouder in ${m[1]}: geen huurgrens voor jongeren`],
    [/^under 23 in (\d{4}) and no kwaliteitskortingsgrens is known for \d{4}$/, (m) => `jonger dan 23 in ${m[1]}, en de kwaliteitskortingsgrens van dat jaar is niet bekend`],
    [
      /^under 23 in (\d{4}): rent ([\d.]+) against the kwaliteitskortingsgrens ([\d.]+) of (\d{4}-\d{2}-\d{2})$/,
      (m) => `jonger dan 23 in ${m[1]}: huur ${money(m[2])}, kwaliteitskortingsgrens ${money(m[3])} (vanaf ${formatDate(m[4])})`,
    ],
    [/^no exchange tolerance applies in this round$/, () => 'in deze ronde geldt geen uitwisselingstolerantie'],
    [
      /^the home lies in the client's own municipality (GM\d{4}): the exchange tolerance does not limit it$/,
      (m) => `de woning ligt in de eigen gemeente van de cliënt (${n.municipality(m[1])}): de uitwisselingstolerantie speelt geen rol`,
    ],
  ];
  for (const [re, nl] of rules) {
    const m = re.exec(detail);
    if (m) return nl(m);
  }
  return detail;
}

type Params = Record<string, string | number>;
const str = (p: Params, k: string) => String(p[k] ?? '');
const euro = (p: Params, k: string) => formatMoney(Number(p[k]));
const area = (p: Params, n: Names) => (p.kind === 'unit' ? 'de straat of het complex' : n.neighbourhood(str(p, 'area')));

/** The Dutch sentence of each explanation code (the API's `code` with its `params`). */
const BY_CODE: Record<string, (p: Params, n: Names) => string> = {
  'origin.in_origin': (p, n) => `de woning ligt in de gemeente van herkomst (${n.municipality(str(p, 'municipality'))})`,
  'origin.exception': (p, n) => `een uitzondering staat ${n.municipality(str(p, 'municipality'))} toe (herkomst ${n.municipality(str(p, 'origin'))})`,
  'origin.outside': (p, n) =>
    `de woning ligt in ${n.municipality(str(p, 'municipality'))}, de gemeente van herkomst is ${n.municipality(str(p, 'origin'))} en geen uitzondering staat dat toe`,
  'woonvariant.same': (p) => label(WOONVARIANT, str(p, 'woonvariant')),
  'woonvariant.different': (p) => `gevraagd: ${label(WOONVARIANT, str(p, 'asked')).toLowerCase()}, de woning is: ${label(WOONVARIANT, str(p, 'offered')).toLowerCase()}`,
  'rooms.count': (p) => `${p.rooms} ${Number(p.rooms) === 1 ? 'kamer' : 'kamers'}, ${p.needed} nodig`,
  'rent.no_maximum': (p) => `huur ${euro(p, 'rent')}, geen maximum opgegeven`,
  'rent.against_maximum': (p) => `huur ${euro(p, 'rent')}, maximum ${euro(p, 'max')}`,
  'needs.none': () => 'geen eisen aan de woning',
  'needs.met': (p) => `voldoet aan: ${list(str(p, 'needs'), NEEDS)}`,
  'needs.unmet': (p) => `voldoet niet aan: ${list(str(p, 'needs'), NEEDS)}`,
  'construction.allowed': (p) =>
    `gevraagd: ${label(CONSTRUCTION, str(p, 'asked')).toLowerCase()}; de woning staat toe: ${str(p, 'allowed') ? list(str(p, 'allowed'), CONSTRUCTION) : 'geen'}`,
  'buurt.avoided': (p, n) => `de cliënt wil ${n.neighbourhood(str(p, 'buurt'))} vermijden`,
  'buurt.not_avoided': (p, n) => `${n.neighbourhood(str(p, 'buurt'))} hoeft de cliënt niet te vermijden`,
  'ready.available_from': (p) => `beschikbaar vanaf ${formatDate(str(p, 'availableFrom'))}`,
  'ready.client_ready': (p) => `cliënt klaar vanaf ${formatDate(str(p, 'readyFrom'))}, woning beschikbaar vanaf ${formatDate(str(p, 'availableFrom'))}`,
  'declined.not_before': () => 'deze combinatie is niet eerder afgewezen of verlopen',
  'limit.placements_none': (p, n) => `geen grens aan plaatsingen in ${area(p, n)}`,
  'limit.placements': (p, n) => `${p.count} van ${p.max} plaatsingen in de laatste 12 maanden in ${area(p, n)}`,
  'limit.placements_with_round': (p, n) => `${p.count} van ${p.max} plaatsingen in de laatste 12 maanden in ${area(p, n)}, met de voorstellen van deze ronde`,
  'limit.live_none': (p, n) => `geen grens aan lopende huurcontracten in ${area(p, n)}`,
  'limit.live': (p, n) => `${p.count} van ${p.max} lopende huurcontracten in ${area(p, n)}`,
  'limit.live_with_round': (p, n) => `${p.count} van ${p.max} lopende huurcontracten in ${area(p, n)}, met de voorstellen van deze ronde`,
  'under23.no_parameters': () => 'geen huurgrenzen bekend: de grens voor jongeren onder 23 is niet toegepast',
  'under23.birth_year_unknown': () => 'geboortejaar onbekend: de grens voor jongeren onder 23 is niet toegepast',
  'under23.not_under_23': (p) => `23 jaar of ouder in ${p.year}: geen huurgrens voor jongeren`,
  'under23.no_limit_known': (p) => `jonger dan 23 in ${p.year}, en de kwaliteitskortingsgrens van dat jaar is niet bekend`,
  'under23.against_limit': (p) =>
    `jonger dan 23 in ${p.year}: huur ${euro(p, 'rent')}, kwaliteitskortingsgrens ${euro(p, 'cap')} (van ${p.capYear}${p.capYear === p.year ? '' : `, de laatst bekende voor ${p.year}`})`,
  'exchange.none': () => 'in deze ronde geldt geen uitwisselingstolerantie',
  'exchange.own_municipality': (p, n) => `de woning ligt in de eigen gemeente van de cliënt (${n.municipality(str(p, 'municipality'))}): de uitwisselingstolerantie speelt geen rol`,
  'exchange.room': (p, n) =>
    `cliënt uit ${n.municipality(str(p, 'origin'))}: ${n.municipality(str(p, 'municipality'))} had deze ronde ruimte voor ${p.room} ${Number(p.room) === 1 ? 'cliënt' : 'cliënten'} van elders (tolerantie ${p.tolerance}); deze cliënt is de ${p.rank}e van de cliënten van elders die op de woningen passen`,
};

/**
 * A rule check in Dutch: from its `code` and `params` where the API gives them; an explanation stored
 * before codes existed falls back to the English sentence, matched by pattern.
 */
export function ruleText(check: { code?: string; params?: Params; detail: string }, n: Names): string {
  const f = check.code ? BY_CODE[check.code] : undefined;
  return f ? f(check.params ?? {}, n) : ruleDetail(check.detail, n);
}

/** A system note in the match history, in Dutch where the engine's wording is known. */
export function historyNote(type: string, note: string): string | null {
  if (type === 'proposed') return null; // the explanation above says it in full
  let m = /^lease (\S+) from (\d{4}-\d{2}-\d{2})$/.exec(note);
  if (m) return `${label(CONSTRUCTION, m[1])}, ingang ${formatDate(m[2])}`;
  m = /^deadline of step (\S+) passed$/.exec(note);
  if (m) return `de termijn van de stap ‘${label(MATCH_STATUS_SHORT, m[1]).toLowerCase()}’ is verstreken`;
  m = /^nomination withdrawn: (.*)$/s.exec(note);
  if (m) return `voordracht ingetrokken: ${m[1]}`;
  m = /^vacancy withdrawn: (.*)$/s.exec(note);
  if (m) return `woning ingetrokken: ${m[1]}`;
  return note;
}
