import { isWorkingDay } from '@tp/domain';
import { DataSource } from 'typeorm';
import { TestRegion } from './region.factory';
import { eventually, TestApp } from './test-app';

/** A caller of the API with one token (or none): paths are under /api/v1. */
export function as(t: TestApp, token?: string) {
  const auth = <R extends { set(field: string, value: string): R }>(req: R): R => (token ? req.set('Authorization', `Bearer ${token}`) : req);
  return {
    get: (path: string) => auth(t.http.get(`/api/v1${path}`)),
    post: (path: string, body: object = {}) => auth(t.http.post(`/api/v1${path}`)).send(body),
    put: (path: string, body: object = {}) => auth(t.http.put(`/api/v1${path}`)).send(body),
    patch: (path: string, body: object = {}) => auth(t.http.patch(`/api/v1${path}`)).send(body),
    delete: (path: string) => auth(t.http.delete(`/api/v1${path}`)),
  };
}
export type Caller = ReturnType<typeof as>;

export interface ClientOptions {
  care?: string;
  origin?: string;
  householdSize?: number;
  birthYear?: number;
  needs?: string[];
  avoid?: string[];
}

export interface NominationOptions extends ClientOptions {
  clientId?: string;
  woonvariant?: string;
  minRooms?: number;
  maxRent?: number;
  construction?: string;
  priorityClass?: 'urgent' | 'normal';
  /** How far to take it: draft, submitted or (default) active. */
  until?: 'draft' | 'submitted' | 'active';
}

export interface VacancyOptions {
  corp?: string;
  buurt?: string;
  woonvariant?: string;
  rooms?: number;
  rent?: number;
  availableFrom?: string;
  constructions?: string[];
}

export interface MatchView {
  id: string;
  vacancyId: string;
  nominationId: string;
  status: string;
  destinationMunicipalityCode: string;
  originMunicipalityCode: string;
  neighbourhoodCode: string;
  stepDeadline: string | null;
  declineReasonCode: string | null;
  createdAt: string;
  explanation: { queuePosition: number; priorityClass: string; rules: Array<{ rule: string; passed: boolean; detail: string }> };
}

const LIVE = ['proposed', 'approved', 'accepted', 'client_accepted'];
let serial = 0;

/**
 * Drives the core loop through the API as the parties of a test region: clients, nominations up to
 * the queue, vacancies, and the steps of a match. `settled()` waits until matching has caught up.
 */
export class Loop {
  readonly ds: DataSource;

  constructor(
    readonly t: TestApp,
    readonly r: TestRegion,
  ) {
    this.ds = t.app.get(DataSource);
  }

  as(token?: string): Caller {
    return as(this.t, token);
  }

  get coordinator(): Caller {
    return this.as(this.r.coordinator);
  }

  officer(municipalityCode: string): Caller {
    return this.as(this.r.officers[municipalityCode]);
  }

  /** The token of a corporation or care provider organisation of the region. */
  tokenOf(organisationId: string): string {
    const key = (Object.keys(this.r.orgs) as Array<keyof TestRegion['orgs']>).find((k) => this.r.orgs[k] === organisationId);
    if (!key) throw new Error(`no token for organisation ${organisationId}`);
    return this.r[key];
  }

  async client(o: ClientOptions = {}): Promise<string> {
    const res = await this.as(o.care ?? this.r.careProviderA).post('/clients', {
      reference: `DOS-${++serial}-${Date.now()}`,
      originMunicipalityCode: o.origin ?? 'GM0150',
      birthYear: o.birthYear ?? 1990,
      householdSize: o.householdSize ?? 1,
      currentSetting: 'BW',
      consentToShare: true,
      ...(o.needs ? { needs: o.needs } : {}),
      ...(o.avoid ? { avoidNeighbourhoodCodes: o.avoid } : {}),
    });
    if (res.status !== 201) throw new Error(`POST /clients: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** The officer who decides on a client of `origin`: its own, or the centrumgemeente's for an origin outside the region. */
  decidingOfficer(origin: string): Caller {
    return this.officer(this.r.officers[origin] ? origin : 'GM0150');
  }

  async nomination(o: NominationOptions = {}): Promise<{ id: string; clientId: string }> {
    const care = this.as(o.care ?? this.r.careProviderA);
    const clientId = o.clientId ?? (await this.client(o));
    const created = await care.post('/nominations', {
      clientId,
      woonvariant: o.woonvariant ?? 'zelfstandig',
      construction: o.construction ?? 'regulier',
      ...(o.minRooms !== undefined ? { minRooms: o.minRooms } : {}),
      ...(o.maxRent !== undefined ? { maxRent: o.maxRent } : {}),
    });
    if (created.status !== 201) throw new Error(`POST /nominations: ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.id as string;
    const until = o.until ?? 'active';
    if (until === 'draft') return { id, clientId };
    const submitted = await care.post(`/nominations/${id}/submit`);
    if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    if (until === 'submitted') return { id, clientId };
    const approved = await this.decidingOfficer(o.origin ?? 'GM0150').post(`/nominations/${id}/approve`, { priorityClass: o.priorityClass ?? 'normal' });
    if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`);
    return { id, clientId };
  }

  async vacancy(o: VacancyOptions = {}): Promise<string> {
    const res = await this.as(o.corp ?? this.r.corporationA).post('/vacancies', {
      address: `Teststraat ${++serial}`,
      neighbourhoodCode: o.buurt ?? this.r.buurten.GM0150[0],
      woonvariant: o.woonvariant ?? 'zelfstandig',
      rooms: o.rooms ?? 2,
      rent: o.rent ?? 600,
      availableFrom: o.availableFrom ?? '2026-12-01',
      constructions: o.constructions ?? ['regulier', 'omklap', 'onder_voorwaarden'],
    });
    if (res.status !== 201) throw new Error(`POST /vacancies: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** Waits until every matching round that is due has run (and none failed). */
  async settled(timeoutMs = 15000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const [runs] = await this.ds.query(
        `SELECT count(*) FILTER (WHERE status IN ('queued','running'))::int AS busy,
                string_agg(error, '; ') FILTER (WHERE status = 'failed') AS failed
           FROM matching_run`,
      );
      const [outbox] = await this.ds.query(`SELECT count(*)::int AS pending FROM outbox WHERE dispatched_at IS NULL AND available_at <= $1`, [this.t.clock.now()]);
      if (runs.busy === 0 && runs.failed === null && outbox.pending === 0) return;
      if (Date.now() > until) throw new Error(`matching did not settle: ${runs.busy} busy, ${outbox.pending} pending${runs.failed ? `, failed: ${runs.failed}` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Every match of the region, as the coordinator sees them. */
  async matches(): Promise<MatchView[]> {
    const res = await this.coordinator.get('/matches?limit=500');
    if (res.status !== 200) throw new Error(`GET /matches: ${res.status}`);
    return res.body.items;
  }

  async matchesOf(where: { vacancyId?: string; nominationId?: string }): Promise<MatchView[]> {
    return (await this.matches()).filter(
      (x) => (where.vacancyId === undefined || x.vacancyId === where.vacancyId) && (where.nominationId === undefined || x.nominationId === where.nominationId),
    );
  }

  async liveMatch(where: { vacancyId?: string; nominationId?: string }): Promise<MatchView | undefined> {
    const live = (await this.matchesOf(where)).filter((x) => LIVE.includes(x.status));
    if (live.length > 1) throw new Error(`more than one live match: ${JSON.stringify(live.map((x) => x.id))}`);
    return live[0];
  }

  /** Waits for matching, then returns the live match of a vacancy (failing when there is none). */
  async proposed(vacancyId: string): Promise<MatchView> {
    await this.settled();
    const m = await this.liveMatch({ vacancyId });
    if (!m) throw new Error(`vacancy ${vacancyId} has no live match`);
    return m;
  }

  async match(id: string): Promise<MatchView & { history: Array<{ type: string; fromStatus: string | null; toStatus: string }> }> {
    const res = await this.coordinator.get(`/matches/${id}`);
    if (res.status !== 200) throw new Error(`GET /matches/${id}: ${res.status}`);
    return res.body;
  }

  async nominationStatus(id: string): Promise<string> {
    return (await this.ds.query(`SELECT status FROM nomination WHERE id = $1`, [id]))[0].status;
  }

  async vacancyStatus(id: string): Promise<string> {
    return (await this.ds.query(`SELECT status FROM vacancy WHERE id = $1`, [id]))[0].status;
  }

  /** The parties of a match, each with its token. */
  parties(x: Pick<MatchView, 'destinationMunicipalityCode'> & { id: string }, corporationId: string, careProviderId: string) {
    return { officer: this.officer(x.destinationMunicipalityCode), corporation: this.as(this.tokenOf(corporationId)), care: this.as(this.tokenOf(careProviderId)) };
  }

  /** Takes a live match from where it is to `to`, each step by its own party. */
  async advance(matchId: string, to: 'proposed' | 'approved' | 'accepted' | 'client_accepted'): Promise<void> {
    const [row] = await this.ds.query(`SELECT status, destination_municipality_code, corporation_id, care_provider_id FROM match WHERE id = $1`, [matchId]);
    const p = this.parties({ id: matchId, destinationMunicipalityCode: row.destination_municipality_code }, row.corporation_id, row.care_provider_id);
    const steps: Array<[string, Caller, string]> = [
      ['approved', p.officer, 'approve'],
      ['accepted', p.corporation, 'accept'],
      ['client_accepted', p.care, 'client-accept'],
    ];
    const order = ['proposed', 'approved', 'accepted', 'client_accepted'];
    if (order.indexOf(row.status) < 0 || order.indexOf(row.status) > order.indexOf(to)) throw new Error(`cannot advance a ${row.status} match to ${to}`);
    for (const [status, party, path] of steps.slice(order.indexOf(row.status), order.indexOf(to))) {
      const res = await party.post(`/matches/${matchId}/${path}`);
      if (res.status !== 200 || res.body.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }

  /** Signs the lease of a client-accepted match. */
  async signLease(matchId: string, startDate: string, construction = 'regulier'): Promise<string> {
    const [row] = await this.ds.query(`SELECT corporation_id FROM match WHERE id = $1`, [matchId]);
    const res = await this.as(this.tokenOf(row.corporation_id)).post(`/matches/${matchId}/lease-signed`, { startDate, construction });
    if (res.status !== 200) throw new Error(`lease-signed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.tenancyId;
  }

  /**
   * Clears the region for the next test: every open or matched vacancy and every open nomination
   * is withdrawn through the API, buurt limits and the policy go back to their defaults.
   */
  async sweep(): Promise<void> {
    await this.settled();
    const vacancies: Array<{ id: string; corporation_id: string }> = await this.ds.query(`SELECT id, corporation_id FROM vacancy WHERE status IN ('open','matched')`);
    for (const v of vacancies) {
      const res = await this.as(this.tokenOf(v.corporation_id)).post(`/vacancies/${v.id}/withdraw`, { reason: 'end of test' });
      if (res.status !== 200) throw new Error(`withdraw vacancy: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await this.settled();
    const nominations: Array<{ id: string; care_provider_id: string }> = await this.ds.query(
      `SELECT id, care_provider_id FROM nomination WHERE status IN ('draft','submitted','active','matched')`,
    );
    for (const n of nominations) {
      const res = await this.as(this.tokenOf(n.care_provider_id)).post(`/nominations/${n.id}/withdraw`, { reason: 'end of test' });
      if (res.status !== 200) throw new Error(`withdraw nomination: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await this.ds.query(`UPDATE neighbourhood SET max_placements_per_12_months = NULL, max_live_tenancies = NULL`);
    await this.ds.query(`UPDATE region SET step_deadline_working_days = 5, default_max_placements_per_12_months = NULL, default_max_live_tenancies = NULL`);
    await this.settled();
  }
}

/** Counts the working days (Monday to Friday) after `from` up to and including `to`. */
export function workingDaysBetween(from: Date, to: Date): number {
  let n = 0;
  const d = new Date(from.getTime());
  for (;;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getTime() > to.getTime()) return n;
    if (isWorkingDay(d)) n++;
  }
}

export { eventually };

/** `from` plus `days` working days (Monday to Friday, public holidays excepted), at the same time of day. */
export function plusWorkingDays(from: Date, days: number): Date {
  const d = new Date(from.getTime());
  while (workingDaysBetween(from, d) < days) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
