import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { all, api, call, Schemas } from '../api/client';
import { useMe } from '../auth';
import { CheckboxGroup, ErrorSummary, errorsOf, Loading, Notice, PageTitle, SelectField, StatusTag, TextareaField, TextField } from '../components/ui';
import { Nomination } from '../data';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { useLoad } from '../hooks';
import { PagedList } from '../components/PagedList';
import { CONSTRUCTION, CURRENT_SETTING, label, MATCH_STATUS, NOMINATION_STATUS, PRIORITY_CLASS, RULE, SUPPORT_INTENSITY, WOONVARIANT } from '../labels';
import { useRefData } from '../refdata';
import { ErrorPage } from './Matches';

const STATUS_OPTIONS = Object.entries(NOMINATION_STATUS) as Array<[string, string]>;

export function NominationsPage() {
  const me = useMe();
  const ref = useRefData();
  return (
    <>
      <PageTitle title="Voordrachten">Voordrachten</PageTitle>
      <Paragraph lead>
        {me.role === 'care_provider'
          ? 'Uw voordrachten voor bijzondere bemiddeling, van concept tot huisvesting.'
          : 'Voordrachten voor bijzondere bemiddeling waarover uw gemeente beslist of die uw gemeente raken.'}
      </Paragraph>
      {me.role === 'care_provider' && (
        <ButtonGroup>
          <Link to="/voordrachten/nieuw" className="utrecht-button-link utrecht-button-link--primary-action-button">
            Nieuwe voordracht
          </Link>
        </ButtonGroup>
      )}
      <PagedList<Nomination>
        what="Voordrachten"
        caption="Voordrachten"
        statuses={STATUS_OPTIONS}
        defaultStatus={me.role === 'municipal_officer' ? 'submitted' : ''}
        load={(q) => call(api.GET('/nominations', { params: { query: { ...q, status: q.status as Nomination['status'] | undefined, sort: q.sort as 'createdAt' } } }))}
        rowKey={(n) => n.id}
        empty="Geen voordrachten gevonden."
        columns={[
          {
            label: 'Voordracht',
            sort: 'woonvariant',
            cell: (n) => (
              <Link to={`/voordrachten/${n.id}`} className="utrecht-link">
                {label(WOONVARIANT, n.woonvariant)}, {label(CONSTRUCTION, n.construction).toLowerCase()}
              </Link>
            ),
          },
          { label: 'Herkomst', sort: 'municipality', cell: (n) => ref.municipality(n.originMunicipalityCode) },
          { label: 'Beslist door', cell: (n) => ref.municipality(n.decidingMunicipalityCode) },
          { label: 'Stand', sort: 'status', cell: (n) => label(NOMINATION_STATUS, n.status) },
          { label: 'Ingediend', cell: (n) => formatDate(n.submittedAt) },
          { label: 'Aangemaakt', sort: 'createdAt', cell: (n) => formatDate(n.createdAt) },
        ]}
      />
    </>
  );
}

const LABELS: Record<string, string> = {
  clientId: 'Cliënt',
  woonvariant: 'Woonvariant',
  minRooms: 'Minimaal aantal kamers',
  maxRent: 'Maximale huur per maand',
  preferredMunicipalityCodes: 'Voorkeursgemeenten',
  construction: 'Gewenste huurconstructie',
  supportProvider: 'Ambulante begeleiding door',
  supportIntensity: 'Intensiteit van de begeleiding',
  readyFrom: 'Klaar om te verhuizen vanaf',
};

/** Euros as typed in Dutch (612,50 or 612.50) to a number; what is not a number goes to the API as it is. */
const euros = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.replace(/\s|€/g, '').replace(',', '.')));

export function NominationNewPage() {
  const ref = useRefData();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const clients = useLoad(() => all((cursor) => call(api.GET('/clients', { params: { query: { cursor, limit: 500 } } }))), []);
  const [f, setF] = useState({ clientId: params.get('client') ?? '', woonvariant: '', minRooms: '', maxRent: '', construction: '', supportProvider: '', supportIntensity: '', readyFrom: '' });
  const [preferred, setPreferred] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsOf(error, f);
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const created = (location.state as { created?: string } | null)?.created;

  async function save(submitToo: boolean) {
    setBusy(true);
    setError(null);
    try {
      const n = await call(
        api.POST('/nominations', {
          body: {
            clientId: f.clientId,
            woonvariant: f.woonvariant as 'zelfstandig',
            minRooms: f.minRooms ? Number(f.minRooms) : undefined,
            maxRent: euros(f.maxRent),
            preferredMunicipalityCodes: preferred,
            construction: f.construction as 'regulier',
            supportProvider: f.supportProvider.trim() || undefined,
            supportIntensity: (f.supportIntensity || undefined) as 'licht' | undefined,
            readyFrom: f.readyFrom || undefined,
          },
        }),
      );
      if (submitToo) await call(api.POST('/nominations/{id}/submit', { params: { path: { id: n.id } } }));
      navigate(`/voordrachten/${n.id}`, { state: { message: submitToo ? 'De voordracht is ingediend bij de gemeente.' : 'De voordracht is als concept bewaard.' } });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    void save(true);
  }
  return (
    <div className="tp-narrow">
      <PageTitle title="Nieuwe voordracht">Nieuwe voordracht</PageTitle>
      {created && <Notice>Cliënt {created} is geregistreerd. Stel nu de voordracht op.</Notice>}
      <Paragraph>
        Beschrijf welke woning past en hoe de begeleiding na de verhuizing geregeld is. U kunt de voordracht als concept bewaren of direct indienen bij de
        gemeente.
      </Paragraph>
      <ErrorSummary error={error} errors={errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <fieldset className="tp-section">
          <legend className="utrecht-heading-2">1. Cliënt</legend>
          <SelectField
            label={LABELS.clientId}
            name="clientId"
            value={f.clientId}
            onChange={set('clientId')}
            placeholder={clients.data ? 'Kies een cliënt' : 'Cliënten worden geladen…'}
            options={(clients.data ?? []).map((c) => [c.id, `${c.reference} (${ref.municipality(c.originMunicipalityCode)}, ${c.birthYear})`])}
            error={errors.clientId}
            description={
              <>
                Staat de cliënt er niet bij? <Link to="/clienten/nieuw">Registreer eerst de cliënt</Link>.
              </>
            }
            required
          />
        </fieldset>
        <fieldset className="tp-section">
          <legend className="utrecht-heading-2">2. Woonprofiel</legend>
          <SelectField label={LABELS.woonvariant} name="woonvariant" value={f.woonvariant} onChange={set('woonvariant')} placeholder="Kies een woonvariant" options={Object.entries(WOONVARIANT)} error={errors.woonvariant} required />
          <TextField label={LABELS.minRooms} name="minRooms" inputMode="numeric" value={f.minRooms} onChange={set('minRooms')} error={errors.minRooms} width="xs" description="Leeg: één kamer per persoon in het huishouden." />
          <TextField label={LABELS.maxRent} name="maxRent" inputMode="decimal" value={f.maxRent} onChange={set('maxRent')} error={errors.maxRent} width="s" description="In euro's, bijvoorbeeld 650,00." />
          <CheckboxGroup
            label={LABELS.preferredMunicipalityCodes}
            name="preferredMunicipalityCodes"
            values={preferred}
            onChange={setPreferred}
            options={ref.municipalities.map((m) => [m.code, m.name])}
            error={errors.preferredMunicipalityCodes}
          />
        </fieldset>
        <fieldset className="tp-section">
          <legend className="utrecht-heading-2">3. Huur en begeleiding</legend>
          <SelectField label={LABELS.construction} name="construction" value={f.construction} onChange={set('construction')} placeholder="Kies een huurconstructie" options={Object.entries(CONSTRUCTION)} error={errors.construction} required />
          <TextField label={LABELS.supportProvider} name="supportProvider" value={f.supportProvider} onChange={set('supportProvider')} error={errors.supportProvider} />
          <SelectField label={LABELS.supportIntensity} name="supportIntensity" value={f.supportIntensity} onChange={set('supportIntensity')} placeholder="Niet opgegeven" options={Object.entries(SUPPORT_INTENSITY)} error={errors.supportIntensity} />
          <TextField label={LABELS.readyFrom} name="readyFrom" type="date" value={f.readyFrom} onChange={set('readyFrom')} error={errors.readyFrom} width="s" />
        </fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Voordracht indienen
          </Button>
          <Button appearance="secondary-action-button" disabled={busy} onClick={() => void save(false)}>
            Als concept bewaren
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}

/** Where a nomination stands, in plain words for the care provider and the client. */
function standing(n: Schemas['NominationResponse'], queuePosition: number | null, liveMatch: Schemas['MatchResponse'] | null): string {
  switch (n.status) {
    case 'draft':
      return 'Nog een concept: dien de voordracht in om haar aan de gemeente voor te leggen.';
    case 'submitted':
      return 'Ingediend: de gemeente beslist of de cliënt in aanmerking komt voor bijzondere bemiddeling.';
    case 'rejected':
      return `Afgewezen door de gemeente${n.rejectionReason ? `: ${n.rejectionReason}` : '.'}`;
    case 'active':
      return `Goedgekeurd en in de regionale wachtrij${queuePosition ? ` op plaats ${queuePosition}` : ''}. Bij elke matchingsronde wordt gezocht naar een woning die past (woonvariant, kamers, huur, buurt, herkomst); zodra er een passende woning is, volgt een voorstel.`;
    case 'matched':
      return liveMatch ? `Gekoppeld aan een woning: ${MATCH_STATUS[liveMatch.status].toLowerCase()}.` : 'Gekoppeld aan een woning.';
    case 'housed':
      return 'Gehuisvest: het huurcontract is getekend.';
    case 'withdrawn':
      return `Ingetrokken${n.withdrawalReason ? `: ${n.withdrawalReason}` : '.'}`;
    case 'expired':
      return `Verlopen${n.validUntil ? ` op ${formatDate(n.validUntil)}` : ''}: de zorgaanbieder heeft de gereedheid van de cliënt niet op tijd opnieuw bevestigd. De voordracht staat niet meer in de wachtrij en krijgt geen woning meer voorgesteld. Is de cliënt nog steeds klaar om zelfstandig te wonen, maak dan een nieuwe voordracht.`;
    default:
      return label(NOMINATION_STATUS, n.status);
  }
}

/** Why an active nomination has no home yet, from the last matching round (GET /nominations/:id/matching-status). */
function whyNotYet(s: Schemas['MatchingStatusResponse']): string {
  const place = s.queuePosition ? `Plaats ${s.queuePosition}${s.queueLength ? ` van ${s.queueLength}` : ''} in de wachtrij. ` : '';
  const when = s.evaluatedAt ? ` (matchingsronde van ${formatDateTime(s.evaluatedAt)})` : '';
  switch (s.state) {
    case 'waiting':
      return `${place}Er is nog geen matchingsronde geweest sinds de goedkeuring; bij elke nieuwe woning of wijziging loopt er een.`;
    case 'no_eligible_vacancy': {
      const miss = (s.nearestMiss as { rule?: string } | undefined)?.rule;
      return `${place}Nog niet geplaatst: er is nu geen beschikbare woning die past${miss ? `; wat het vaakst niet klopt: ${label(RULE, miss).toLowerCase()}` : ''}${when}.`;
    }
    case 'blocked_by_limits':
      return `${place}Er is een passende woning, maar die ligt in een buurt (of straat) die haar grens van plaatsingen heeft bereikt${when}.`;
    case 'held_back_by_exchange_tolerance':
      return `${place}Er is een passende woning in een andere gemeente, maar die gemeente heeft deze ronde geen ruimte voor cliënten van elders (evenwichtige uitwisseling)${when}.`;
    case 'taken_by_higher_ranked':
      return `${place}De woningen die passen zijn voorgesteld aan cliënten die hoger in de wachtrij staan${when}.`;
    case 'cooling_down':
      return `${place}Een aanbod is zonder goede reden geweigerd. Volgens het regionale beleid houdt de cliënt zijn plaats, maar krijgt tot ${formatDate(s.coolDownUntil)} geen nieuwe woning voorgesteld (afkoelperiode).`;
    case 'proposed':
    case 'in_match':
      return 'Er is een woning voorgesteld; de partijen zetten hun stappen.';
    default:
      return place;
  }
}

export function NominationDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const ref = useRefData();
  const location = useLocation();
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const { data, error, reload } = useLoad(async () => {
    const n = await call(api.GET('/nominations/{id}', { params: { path: { id } } }));
    let position: number | null = null;
    if (n.status === 'active' && me.role !== 'care_provider') {
      const queue = await all((cursor) => call(api.GET('/queue', { params: { query: { cursor, limit: 500 } } }))).catch(() => []);
      position = queue.find((q) => q.nominationId === n.id)?.position ?? null;
    }
    const matches = await all((cursor) => call(api.GET('/matches', { params: { query: { cursor, limit: 500 } } }))).catch(() => []);
    const own = matches.filter((m) => m.nominationId === n.id);
    const status = await call(api.GET('/nominations/{id}/matching-status', { params: { path: { id } } })).catch(() => null);
    if (status?.queuePosition) position = status.queuePosition;
    return { n, position, status, matches: own, live: own.find((m) => ['proposed', 'approved', 'accepted', 'client_accepted'].includes(m.status)) ?? null };
  }, [id]);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="De voordracht" />;
  const { n, position, status, matches, live } = data;
  const done = (msg: string) => {
    setMessage(msg);
    reload();
  };
  const deciding = me.role === 'municipal_officer' && me.municipality?.code === n.decidingMunicipalityCode;
  const Row = ({ k, children }: { k: string; children: ReactNode }) => (
    <>
      <dt>{k}</dt>
      <dd>{children}</dd>
    </>
  );
  return (
    <>
      <PageTitle title="Voordracht">Voordracht {n.client ? `voor ${n.client.reference}` : ''}</PageTitle>
      {message && <Notice>{message}</Notice>}
      <Paragraph lead>{standing(n, position, live)}</Paragraph>
      {status && n.status === 'active' && <Paragraph className="tp-why">{whyNotYet(status)}</Paragraph>}
      <dl className="tp-facts">
        <Row k="Stand">
          <StatusTag tone={n.status === 'housed' ? 'done' : ['rejected', 'withdrawn', 'expired'].includes(n.status) ? 'stopped' : 'action'}>{label(NOMINATION_STATUS, n.status)}</StatusTag>
        </Row>
        {n.client && (
          <Row k="Cliënt">
            {me.role === 'care_provider' ? <Link to={`/clienten/${n.clientId}`}>{n.client.reference}</Link> : n.client.reference}, geboren in {n.client.birthYear}, huishouden van {n.client.householdSize}, verblijft nu in {label(CURRENT_SETTING, n.client.currentSetting).toLowerCase()}
          </Row>
        )}
        <Row k="Gemeente van herkomst">{ref.municipality(n.originMunicipalityCode)}</Row>
        <Row k="Beslissende gemeente">{ref.municipality(n.decidingMunicipalityCode)}</Row>
        <Row k="Woonvariant">{label(WOONVARIANT, n.woonvariant)}</Row>
        <Row k="Minimaal aantal kamers">{n.minRooms ?? 'één per persoon'}</Row>
        <Row k="Maximale huur">{formatMoney(n.maxRent)}</Row>
        <Row k="Voorkeursgemeenten">{n.preferredMunicipalityCodes.length ? n.preferredMunicipalityCodes.map((c) => ref.municipality(c)).join(', ') : 'geen'}</Row>
        <Row k="Huurconstructie">{label(CONSTRUCTION, n.construction)}</Row>
        <Row k="Begeleiding">
          {n.supportProvider ?? 'niet opgegeven'}
          {n.supportIntensity ? `, ${label(SUPPORT_INTENSITY, n.supportIntensity).toLowerCase()}` : ''}
        </Row>
        <Row k="Klaar om te verhuizen vanaf">{formatDate(n.readyFrom)}</Row>
        {n.priorityClass && <Row k="Prioriteit">{label(PRIORITY_CLASS, n.priorityClass)}</Row>}
        <Row k="Ingediend">{formatDate(n.submittedAt)}</Row>
        <Row k="Goedgekeurd">{formatDate(n.approvedAt)}</Row>
        {n.approvedAt && (
          <Row k="Geldig tot">
            {n.validUntil ? formatDate(n.validUntil) : 'verloopt niet'}
            {n.validUntil && ['active', 'matched'].includes(n.status) && ' (daarna verloopt de voordracht, tenzij de zorgaanbieder de gereedheid opnieuw bevestigt)'}
          </Row>
        )}
        {n.queueSince && <Row k="Wachttijd telt vanaf">{formatDate(n.queueSince)} (voorrang vervallen na weigering zonder goede reden)</Row>}
        {n.coolDownUntil && new Date(n.coolDownUntil).getTime() > Date.now() && <Row k="Afkoelperiode tot">{formatDate(n.coolDownUntil)} (na weigering zonder goede reden)</Row>}
        {n.originException && (
          <Row k="Uitzondering op terugkeer naar herkomst">
            {n.originException.reason} (
            {n.originException.allowedMunicipalityCodes.length ? n.originException.allowedMunicipalityCodes.map((c) => ref.municipality(c)).join(', ') : 'hele regio'}, verleend op{' '}
            {formatDate(n.originException.grantedAt)})
          </Row>
        )}
      </dl>
      {matches.length > 0 && (
        <>
          <Heading2>Koppelingen</Heading2>
          <ul>
            {matches.map((m) => (
              <li key={m.id}>
                <Link to={`/koppelingen/${m.id}`}>
                  Koppeling van {formatDate(m.createdAt)}: {MATCH_STATUS[m.status].toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {me.role === 'care_provider' && <CareProviderActions n={n} onDone={done} />}
      {deciding && n.status === 'submitted' && <DecisionForms id={n.id} onDone={done} />}
      {deciding && ['submitted', 'active'].includes(n.status) && <OriginExceptionForm id={n.id} onDone={done} />}
    </>
  );
}

function CareProviderActions({ n, onDone }: { n: Schemas['NominationResponse']; onDone(m: string): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = errorsOf(error);
  const path = { params: { path: { id: n.id } } };
  const run = async (f: () => Promise<unknown>, msg: string) => {
    setError(null);
    try {
      await f();
      onDone(msg);
    } catch (e) {
      setError(e);
    }
  };
  const canWithdraw = ['draft', 'submitted', 'active', 'matched'].includes(n.status);
  const canRenew = ['active', 'matched'].includes(n.status);
  return (
    <>
      <ErrorSummary error={error} errors={errors} labels={{ reason: 'Reden', readyFrom: 'Klaar om te verhuizen vanaf' }} />
      {canRenew && (
        <section className="tp-panel" aria-labelledby="renew-title">
          <Heading2 id="renew-title">Gereedheid opnieuw bevestigen</Heading2>
          <Paragraph>
            {n.validUntil ? `De voordracht is geldig tot ${formatDate(n.validUntil)}.` : 'De voordracht verloopt niet.'} Is de cliënt nog steeds klaar om binnen een jaar zelfstandig te wonen? Bevestig dat
            dan opnieuw: de voordracht blijft geldig voor de termijn die de regio heeft vastgesteld, gerekend vanaf vandaag. De plaats in de wachtrij verandert niet.
          </Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              run(async () => {
                const r = await call(api.POST('/nominations/{id}/renew', { ...path, body: {} }));
                return r;
              }, 'De gereedheid is opnieuw bevestigd. De voordracht blijft geldig; de nieuwe einddatum staat hieronder bij "Geldig tot".')
            }
          >
            Gereedheid opnieuw bevestigen
          </Button>
        </section>
      )}
      {n.status === 'draft' && (
        <section className="tp-panel" aria-labelledby="submit-title">
          <Heading2 id="submit-title">Indienen</Heading2>
          <Paragraph>Na indienen beslist de gemeente over de voordracht.</Paragraph>
          <Button appearance="primary-action-button" onClick={() => run(() => call(api.POST('/nominations/{id}/submit', path)), 'De voordracht is ingediend bij de gemeente.')}>
            Voordracht indienen
          </Button>
        </section>
      )}
      {canWithdraw && (
        <section className="tp-panel" aria-labelledby="withdraw-title">
          <Heading2 id="withdraw-title">Intrekken</Heading2>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => call(api.POST('/nominations/{id}/withdraw', { ...path, body: { reason } })), 'De voordracht is ingetrokken.');
            }}
          >
            <TextareaField label="Reden van intrekken" name="reason" value={reason} onChange={setReason} error={errors.reason} required />
            <Button type="submit" appearance="secondary-action-button">
              Voordracht intrekken
            </Button>
          </form>
        </section>
      )}
    </>
  );
}

function DecisionForms({ id, onDone }: { id: string; onDone(m: string): void }) {
  const [priorityClass, setPriorityClass] = useState('normal');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = errorsOf(error);
  const path = { params: { path: { id } } };
  const run = async (f: () => Promise<unknown>, msg: string) => {
    setError(null);
    try {
      await f();
      onDone(msg);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="tp-panel" aria-labelledby="decide-title">
      <Heading2 id="decide-title">Besluit over de voordracht</Heading2>
      <ErrorSummary error={error} errors={errors} labels={{ priorityClass: 'Prioriteit', reason: 'Reden van afwijzen' }} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => call(api.POST('/nominations/{id}/approve', { ...path, body: { priorityClass: priorityClass as 'normal' } })),
            'De voordracht is goedgekeurd en staat in de regionale wachtrij.',
          );
        }}
      >
        <SelectField label="Prioriteit" name="priorityClass" value={priorityClass} onChange={setPriorityClass} options={Object.entries(PRIORITY_CLASS)} error={errors.priorityClass} description="Urgent: er moet een plek vrijkomen of de cliënt loopt risico." required />
        <Button type="submit" appearance="primary-action-button">
          Voordracht goedkeuren
        </Button>
      </form>
      <form
        noValidate
        className="tp-subform"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => call(api.POST('/nominations/{id}/reject', { ...path, body: { reason } })), 'De voordracht is afgewezen.');
        }}
      >
        <TextareaField label="Reden van afwijzen" name="reason" value={reason} onChange={setReason} error={errors.reason} required />
        <Button type="submit" appearance="secondary-action-button">
          Voordracht afwijzen
        </Button>
      </form>
    </section>
  );
}

function OriginExceptionForm({ id, onDone }: { id: string; onDone(m: string): void }) {
  const ref = useRefData();
  const [reason, setReason] = useState('');
  const [allowed, setAllowed] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const errors = errorsOf(error);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await call(api.POST('/nominations/{id}/origin-exception', { params: { path: { id } }, body: { reason, allowedMunicipalityCodes: allowed } }));
      onDone('De uitzondering op terugkeer naar de gemeente van herkomst is vastgelegd.');
    } catch (err) {
      setError(err);
    }
  }
  return (
    <section className="tp-panel" aria-labelledby="exception-title">
      <Heading2 id="exception-title">Uitzondering op terugkeer naar herkomst</Heading2>
      <Paragraph>Met een uitzondering mag de cliënt ook buiten de gemeente van herkomst geplaatst worden (veiligheid, netwerk, eigen wens, geen aanbod).</Paragraph>
      <ErrorSummary error={error} errors={errors} labels={{ reason: 'Reden', allowedMunicipalityCodes: 'Toegestane gemeenten' }} />
      <form onSubmit={submit} noValidate>
        <TextareaField label="Reden van de uitzondering" name="exceptionReason" value={reason} onChange={setReason} error={errors.reason} required />
        <CheckboxGroup
          label="Toegestane gemeenten"
          name="allowedMunicipalityCodes"
          values={allowed}
          onChange={setAllowed}
          options={ref.municipalities.map((m) => [m.code, m.name])}
          error={errors.allowedMunicipalityCodes}
          description="Niets aangevinkt: overal in de regio."
        />
        <Button type="submit" appearance="secondary-action-button">
          Uitzondering verlenen
        </Button>
      </form>
    </section>
  );
}
