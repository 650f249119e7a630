/**
 * The stable codes of the matching explanations. Each rule check carries a `code` and its `params`
 * (ids, CBS codes, amounts as numbers, dates as YYYY-MM-DD), so a reader translates from the code;
 * `detail` is the English sentence made from the same code and params, in this one table.
 */
export type ExplanationParams = Record<string, string | number>;

const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
const ordinal = (k: number): string => {
  const t = k % 100;
  if (t >= 11 && t <= 13) return `${k}th`;
  return `${k}${['th', 'st', 'nd', 'rd'][k % 10] ?? 'th'}`;
};
const money = (x: string | number) => Number(x).toFixed(2);
/** A limit's area: a buurt code, or a street or complex by id. */
const area = (p: ExplanationParams) => (p.kind === 'unit' ? `street/complex ${p.area}` : `${p.area}`);

export const EXPLANATION_TEXT = {
  'origin.in_origin': (p: ExplanationParams) => `the home lies in the municipality of origin ${p.municipality}`,
  'origin.exception': (p: ExplanationParams) => `origin exception allows ${p.municipality} (origin ${p.origin})`,
  'origin.outside': (p: ExplanationParams) => `the home lies in ${p.municipality}, the municipality of origin is ${p.origin} and no exception allows it`,
  'woonvariant.same': (p: ExplanationParams) => `woonvariant ${p.woonvariant}`,
  'woonvariant.different': (p: ExplanationParams) => `asks ${p.asked}, home is ${p.offered}`,
  'rooms.count': (p: ExplanationParams) => `${p.rooms} room(s), ${p.needed} needed`,
  'rent.no_maximum': (p: ExplanationParams) => `rent ${money(p.rent)}, no maximum set`,
  'rent.against_maximum': (p: ExplanationParams) => `rent ${money(p.rent)} against maximum ${money(p.max)}`,
  'needs.none': () => 'no needs that concern the home',
  'needs.met': (p: ExplanationParams) => `meets ${p.needs}`,
  'needs.unmet': (p: ExplanationParams) => `does not meet ${p.needs}`,
  'construction.allowed': (p: ExplanationParams) => `${p.asked} asked, home allows ${p.allowed || 'none'}`,
  'buurt.avoided': (p: ExplanationParams) => `buurt ${p.buurt} is to be avoided`,
  'buurt.not_avoided': (p: ExplanationParams) => `buurt ${p.buurt} is not avoided`,
  'ready.available_from': (p: ExplanationParams) => `available from ${p.availableFrom}`,
  'ready.client_ready': (p: ExplanationParams) => `client ready from ${p.readyFrom}, home available from ${p.availableFrom}`,
  'declined.not_before': () => 'this pairing was not declined or expired before',
  'limit.placements_none': (p: ExplanationParams) => `no limit on placements in ${area(p)}`,
  'limit.placements': (p: ExplanationParams) => `${p.count} of ${p.max} placements in the last 12 months in ${area(p)}`,
  'limit.placements_with_round': (p: ExplanationParams) => `${p.count} of ${p.max} placements in the last 12 months in ${area(p)}, this round's proposals included`,
  'limit.live_none': (p: ExplanationParams) => `no limit on live tenancies in ${area(p)}`,
  'limit.live': (p: ExplanationParams) => `${p.count} of ${p.max} live tenancies in ${area(p)}`,
  'limit.live_with_round': (p: ExplanationParams) => `${p.count} of ${p.max} live tenancies in ${area(p)}, this round's proposals included`,
  'under23.no_parameters': () => 'no rent parameters given: the under-23 cap is not applied',
  'under23.birth_year_unknown': () => 'birth year unknown: the under-23 cap is not applied',
  'under23.not_under_23': (p: ExplanationParams) => `23 or older in ${p.year}: no under-23 cap`,
  'under23.no_limit_known': (p: ExplanationParams) => `under 23 in ${p.year} and no kwaliteitskortingsgrens is known for ${p.year}`,
  'under23.against_limit': (p: ExplanationParams) =>
    `under 23 in ${p.year}: rent ${money(p.rent)} against the kwaliteitskortingsgrens ${money(p.cap)} of ${p.capYear === p.year ? `${p.year}` : `${p.capYear}, the latest known for ${p.year}`}`,
  'exchange.none': () => 'no exchange tolerance applies in this round',
  'exchange.own_municipality': (p: ExplanationParams) => `the home lies in the client's own municipality ${p.municipality}: the exchange tolerance does not limit it`,
  'exchange.room': (p: ExplanationParams) =>
    `client from ${p.origin}: ${p.municipality} had room for ${plural(Number(p.room), 'client')} from elsewhere in this round (tolerance ${p.tolerance}), and this client is the ${ordinal(Number(p.rank))} of the clients from elsewhere who fit its homes`,
} as const;

export type ExplanationCode = keyof typeof EXPLANATION_TEXT;
export const EXPLANATION_CODES = Object.keys(EXPLANATION_TEXT) as ExplanationCode[];

/** The code, its params and the English sentence, ready to spread into a rule check. */
export function explained(code: ExplanationCode, params: ExplanationParams = {}): { code: ExplanationCode; params: ExplanationParams; detail: string } {
  return { code, params, detail: EXPLANATION_TEXT[code](params) };
}
