import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { all, api, call } from '../api/client';
import { useMe } from '../auth';
import { CheckboxField, CheckboxGroup, ErrorSummary, errorsOf, Loading, Notice, PageTitle, SelectField, StatusTag, TextareaField, TextField } from '../components/ui';
import { Vacancy } from '../data';
import { formatDate, formatMoney } from '../format';
import { useLoad } from '../hooks';
import { PagedList } from '../components/PagedList';
import { CONSTRUCTION, label, MATCH_STATUS, VACANCY_STATUS, WOONVARIANT } from '../labels';
import { useRefData } from '../refdata';
import { ErrorPage } from './Matches';

export function VacanciesPage() {
  const ref = useRefData();
  return (
    <>
      <PageTitle title="Woningen">Woningen</PageTitle>
      <Paragraph lead>De woningen die uw corporatie voor bijzondere bemiddeling heeft aangeboden, en hoe het ermee staat.</Paragraph>
      <ButtonGroup>
        <Link to="/woningen/nieuw" className="utrecht-button-link utrecht-button-link--primary-action-button">
          Woning aanbieden
        </Link>
        <Link to="/woningen/bestand" className="utrecht-button-link utrecht-button-link--secondary-action-button">
          Woningen uit een bestand
        </Link>
      </ButtonGroup>
      <PagedList<Vacancy>
        what="Woningen"
        caption="Woningen"
        statuses={Object.entries(VACANCY_STATUS)}
        load={(q) => call(api.GET('/vacancies', { params: { query: { ...q, status: q.status as Vacancy['status'] | undefined, sort: q.sort as 'createdAt' } } }))}
        rowKey={(v) => v.id}
        empty="Geen woningen gevonden."
        columns={[
          {
            label: 'Adres',
            cell: (v) => (
              <Link to={`/woningen/${v.id}`} className="utrecht-link">
                {v.address}
              </Link>
            ),
          },
          { label: 'Buurt', sort: 'municipality', cell: (v) => `${ref.neighbourhood(v.neighbourhoodCode)} (${ref.municipality(v.municipalityCode)})` },
          { label: 'Woonvariant', cell: (v) => label(WOONVARIANT, v.woonvariant) },
          { label: 'Kamers', cell: (v) => v.rooms },
          { label: 'Huur', sort: 'rent', className: 'tp-num', cell: (v) => formatMoney(v.rent) },
          { label: 'Beschikbaar vanaf', sort: 'availableFrom', cell: (v) => formatDate(v.availableFrom) },
          { label: 'Stand', sort: 'status', cell: (v) => label(VACANCY_STATUS, v.status) },
          { label: 'Aangeboden', sort: 'createdAt', cell: (v) => formatDate(v.createdAt) },
        ]}
      />
    </>
  );
}
const LABELS: Record<string, string> = {
  address: 'Adres',
  neighbourhoodCode: 'Buurt',
  unitId: 'Straat of complex',
  woonvariant: 'Woonvariant',
  rooms: 'Aantal kamers',
  rent: 'Huur per maand',
  availableFrom: 'Beschikbaar vanaf',
  accessible: 'Toegankelijk',
  floor: 'Verdieping',
  constructions: 'Toegestane huurconstructies',
};

export function VacancyNewPage() {
  const ref = useRefData();
  const navigate = useNavigate();
  const [f, setF] = useState({ address: '', neighbourhoodCode: '', unitId: '', woonvariant: '', rooms: '', rent: '', availableFrom: '', floor: '' });
  const units = useLoad(
    () => (f.neighbourhoodCode ? call(api.GET('/neighbourhoods/{code}/units', { params: { path: { code: f.neighbourhoodCode } } })).then((r) => r.items) : Promise.resolve([])),
    [f.neighbourhoodCode],
  );
  const [accessible, setAccessible] = useState(false);
  const [constructions, setConstructions] = useState<string[]>(['regulier']);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsOf(error, { ...f, constructions });
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v, ...(k === 'neighbourhoodCode' ? { unitId: '' } : {}) }));
  const num = (s: string) => (s.trim() === '' ? (undefined as unknown as number) : Number(s.replace(/\s|€/g, '').replace(',', '.')));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const v = await call(
        api.POST('/vacancies', {
          body: {
            address: f.address.trim(),
            neighbourhoodCode: f.neighbourhoodCode,
            unitId: f.unitId || undefined,
            woonvariant: f.woonvariant as 'zelfstandig',
            rooms: num(f.rooms),
            rent: num(f.rent),
            availableFrom: f.availableFrom,
            accessible,
            floor: f.floor.trim() === '' ? undefined : num(f.floor),
            constructions: constructions as Array<'regulier'>,
          },
        }),
      );
      navigate(`/woningen/${v.id}`, { state: { message: 'De woning is aangeboden. Er loopt nu een matchingsronde; een voorstel verschijnt onder Te doen zodra de gemeente het heeft goedgekeurd.' } });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="tp-narrow">
      <PageTitle title="Woning aanbieden">Woning aanbieden</PageTitle>
      <Paragraph>Een woning die vrijkomt en geschikt is voor bijzondere bemiddeling. Na het aanbieden zoekt de matching direct een passende kandidaat.</Paragraph>
      <ErrorSummary error={error} errors={errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <TextField label={LABELS.address} name="address" value={f.address} onChange={set('address')} error={errors.address} description="Straat, huisnummer, postcode en plaats." required />
        <SelectField
          label={LABELS.neighbourhoodCode}
          name="neighbourhoodCode"
          value={f.neighbourhoodCode}
          onChange={set('neighbourhoodCode')}
          placeholder="Kies een buurt"
          options={ref.municipalities.flatMap((m) =>
            ref.neighbourhoods.filter((n) => n.municipalityCode === m.code).map((n) => [n.code, `${m.name}: ${n.name}`] as [string, string]),
          )}
          error={errors.neighbourhoodCode}
          required
        />
        {(units.data?.length ?? 0) > 0 && (
          <SelectField
            label={LABELS.unitId}
            name="unitId"
            value={f.unitId}
            onChange={set('unitId')}
            placeholder="Geen van deze"
            options={(units.data ?? []).map((u) => [u.id, u.name])}
            error={errors.unitId}
            description="Ligt de woning in een straat of complex met een eigen grens?"
          />
        )}
        <SelectField label={LABELS.woonvariant} name="woonvariant" value={f.woonvariant} onChange={set('woonvariant')} placeholder="Kies een woonvariant" options={Object.entries(WOONVARIANT)} error={errors.woonvariant} required />
        <TextField label={LABELS.rooms} name="rooms" inputMode="numeric" value={f.rooms} onChange={set('rooms')} error={errors.rooms} width="xs" required />
        <TextField label={LABELS.rent} name="rent" inputMode="decimal" value={f.rent} onChange={set('rent')} error={errors.rent} width="s" description="Kale huur in euro's, bijvoorbeeld 612,50." required />
        <TextField label={LABELS.availableFrom} name="availableFrom" type="date" value={f.availableFrom} onChange={set('availableFrom')} error={errors.availableFrom} width="s" required />
        <TextField label={LABELS.floor} name="floor" inputMode="numeric" value={f.floor} onChange={set('floor')} error={errors.floor} width="xs" description="0 is de begane grond." />
        <CheckboxField label="De woning is toegankelijk (rolstoel, rollator)" name="accessible" checked={accessible} onChange={setAccessible} error={errors.accessible} />
        <CheckboxGroup label={LABELS.constructions} name="constructions" values={constructions} onChange={setConstructions} options={Object.entries(CONSTRUCTION)} error={errors.constructions} required />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Woning aanbieden
        </Button>
      </form>
    </div>
  );
}

export function VacancyDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const ref = useRefData();
  const location = useLocation();
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const [reason, setReason] = useState('');
  const [wError, setWError] = useState<unknown>(null);
  const { data, error, reload } = useLoad(async () => {
    const v = await call(api.GET('/vacancies/{id}', { params: { path: { id } } }));
    const matches = (await all((cursor) => call(api.GET('/matches', { params: { query: { cursor, limit: 500 } } }))).catch(() => [])).filter((m) => m.vacancyId === id);
    return { v, matches };
  }, [id]);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="De woning" />;
  const { v, matches } = data;
  const errors = errorsOf(wError);
  async function withdraw(e: FormEvent) {
    e.preventDefault();
    setWError(null);
    try {
      await call(api.POST('/vacancies/{id}/withdraw', { params: { path: { id } }, body: { reason } }));
      setMessage('De woning is ingetrokken.');
      reload();
    } catch (err) {
      setWError(err);
    }
  }
  return (
    <>
      <PageTitle title={`Woning ${v.address}`}>{v.address}</PageTitle>
      {message && <Notice>{message}</Notice>}
      <dl className="tp-facts">
        <dt>Stand</dt>
        <dd>
          <StatusTag tone={v.status === 'let' ? 'done' : v.status === 'withdrawn' ? 'stopped' : 'action'}>{label(VACANCY_STATUS, v.status)}</StatusTag>
        </dd>
        <dt>Buurt</dt>
        <dd>
          {ref.neighbourhood(v.neighbourhoodCode)} ({ref.municipality(v.municipalityCode)})
        </dd>
        <dt>Woonvariant</dt>
        <dd>{label(WOONVARIANT, v.woonvariant)}</dd>
        <dt>Kamers</dt>
        <dd>{v.rooms}</dd>
        <dt>Huur per maand</dt>
        <dd>{formatMoney(v.rent)}</dd>
        <dt>Beschikbaar vanaf</dt>
        <dd>{formatDate(v.availableFrom)}</dd>
        <dt>Verdieping</dt>
        <dd>{v.floor === null ? 'niet opgegeven' : v.floor === 0 ? 'begane grond' : `${v.floor}e verdieping`}</dd>
        <dt>Toegankelijk</dt>
        <dd>{v.accessible ? 'ja' : 'nee'}</dd>
        <dt>Huurconstructies</dt>
        <dd>{v.constructions.map((c) => label(CONSTRUCTION, c)).join(', ')}</dd>
        {v.withdrawalReason && (
          <>
            <dt>Reden van intrekken</dt>
            <dd>{v.withdrawalReason}</dd>
          </>
        )}
      </dl>
      <Heading2>Koppelingen</Heading2>
      {matches.length === 0 ? (
        <Paragraph>{v.status === 'open' ? 'Nog geen koppeling: er is (nog) geen passende kandidaat voorgesteld.' : 'Geen koppelingen.'}</Paragraph>
      ) : (
        <ul>
          {matches.map((m) => (
            <li key={m.id}>
              <Link to={`/koppelingen/${m.id}`}>
                Koppeling van {formatDate(m.createdAt)}: {MATCH_STATUS[m.status].toLowerCase()}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {me.role === 'corporation' && ['open', 'matched'].includes(v.status) && (
        <section className="tp-panel" aria-labelledby="withdraw-title">
          <Heading2 id="withdraw-title">Woning intrekken</Heading2>
          <ErrorSummary error={wError} errors={errors} labels={{ reason: 'Reden' }} />
          <form onSubmit={withdraw} noValidate>
            <TextareaField label="Reden van intrekken" name="reason" value={reason} onChange={setReason} error={errors.reason} required />
            <Button type="submit" appearance="secondary-action-button">
              Woning intrekken
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
