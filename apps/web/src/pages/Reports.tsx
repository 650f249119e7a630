import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { api, ApiError, call, freshToken, Problem, Schemas } from '../api/client';
import { useMe } from '../auth';
import { DataTable, Errors, errorsOf, ErrorSummary, Loading, Notice, PageTitle, problemText, SelectField, TextField } from '../components/ui';
import { formatDate, formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { CURRENT_SETTING, HUURSEGMENT, label, LEGAL_FRAMEWORK, OMKLAP_OUTCOME, SEX, TENANCY_EVENT_TYPE, WOONVARIANT } from '../labels';
import { useRefData } from '../refdata';

type Table = Schemas['ReportTableResponse'];
type Cell = number | string | null;

const cell = (v: Cell | undefined) => (v === null || v === undefined ? '—' : v === '<5' ? 'minder dan 5' : String(v));

/** Downloads a report file (CSV or Excel) with the session's token, under the name the server gives it. */
export async function downloadReport(path: string, query: Record<string, string>, format: 'csv' | 'xlsx'): Promise<void> {
  const res = await fetch(`/api/v1${path}?${new URLSearchParams({ ...query, format })}`, { headers: { Authorization: `Bearer ${(await freshToken()) ?? ''}` } });
  if (!res.ok) throw new ApiError(res.status, (await res.json().catch(() => ({}))) as Partial<Problem>);
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? `rapport.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Downloads({ path, query, what }: { path: string; query: Record<string, string>; what: string }) {
  const [error, setError] = useState<unknown>(null);
  const get = (format: 'csv' | 'xlsx') => downloadReport(path, query, format).then(() => setError(null), setError);
  return (
    <div className="tp-section">
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => get('xlsx')}>
          Download {what} als Excel
        </Button>
        <Button appearance="secondary-action-button" onClick={() => get('csv')}>
          Download {what} als CSV
        </Button>
      </ButtonGroup>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
    </div>
  );
}

/** Names for the codes in a report's row keys. */
function useKeyName() {
  const ref = useRefData();
  const maps: Record<string, Record<string, string>> = {
    clientsByType: CURRENT_SETTING,
    clientsBySex: SEX,
    inflowByLegalFramework: { ...LEGAL_FRAMEWORK, unknown: 'Onbekend' },
    outflowByLegalFramework: { ...LEGAL_FRAMEWORK, unknown: 'Onbekend' },
    omklap: OMKLAP_OUTCOME,
    tenancyEvents: TENANCY_EVENT_TYPE,
    clientsByLivingSituation: { unknown: 'Onbekend', overig: 'Overig (minder dan 5 per situatie)' },
    actionPlan: { open: 'Open', ongoing: 'Loopt', done: 'Afgerond', totaal: 'Totaal' },
  };
  return (table: string, dimension: string, key: string) => {
    if (/^GM\d{4}$/.test(key)) return ref.municipality(key);
    if (/^BU\d{8}$/.test(key)) return ref.neighbourhood(key);
    if (table === 'waitingTimeBands') return key === '366+' ? '366 dagen of meer' : `${key.replace('-', ' tot en met ')} dagen`;
    if (table === 'clientsByAgeBand') return key === '<18' ? 'jonger dan 18' : key === '65+' ? '65 of ouder' : `${key.replace('-', ' tot en met ')} jaar`;
    return dimension === 'zorgaanbieder' ? key : label(maps[table] ?? {}, key);
  };
}

function ReportTableView({ table }: { table: Table }) {
  const name = useKeyName();
  return (
    <DataTable caption={table.title} head={[...table.dimensions.map((d) => d[0].toUpperCase() + d.slice(1)), ...table.measures.map((m) => m[0].toUpperCase() + m.slice(1))]} empty={table.rows.length === 0 && 'Niets in deze periode.'}>
      {table.rows.map((r) => (
        <tr key={r.keys.join('|')} className="utrecht-table__row">
          {r.keys.map((k, i) =>
            i === 0 ? (
              <th key={i} scope="row" className="utrecht-table__header-cell">
                {name(table.key, table.dimensions[i], k)}
              </th>
            ) : (
              <td key={i} className="utrecht-table__cell">
                {name(table.key, table.dimensions[i], k)}
              </td>
            ),
          )}
          {r.values.map((v, i) => (
            <td key={`v${i}`} className="utrecht-table__cell">
              {cell(v as Cell)}
            </td>
          ))}
        </tr>
      ))}
      {table.totals && table.rows.length > 0 && (
        <tr className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">
            Totaal
          </th>
          {table.dimensions.slice(1).map((d) => (
            <td key={d} className="utrecht-table__cell" />
          ))}
          {table.totals.map((v, i) => (
            <td key={i} className="utrecht-table__cell">
              {cell(v as Cell)}
            </td>
          ))}
        </tr>
      )}
    </DataTable>
  );
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
function lastMonth(now = new Date()) {
  return { from: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))), to: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0))) };
}

/** The regional monitor for a chosen period, with its downloads. */
export function MonitorPage() {
  const me = useMe();
  const [fields, setFields] = useState(lastMonth());
  const [period, setPeriod] = useState(fields);
  const { data, error } = useLoad(() => call(api.GET('/reports/monitor', { params: { query: period } })), [period.from, period.to, me.id]);
  const [formError, setFormError] = useState<unknown>(null);
  const errors: Errors = errorsOf(formError ?? error, fields);

  function show(e: FormEvent) {
    e.preventDefault();
    const wrong: Errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.from)) wrong.from = 'Vul een datum in.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.to)) wrong.to = 'Vul een datum in.';
    else if (!wrong.from && fields.to < fields.from) wrong.to = 'De einddatum ligt voor de begindatum.';
    if (Object.keys(wrong).length) return setFormError(new ApiError(400, { errors: Object.entries(wrong).map(([field, message]) => ({ field, message })) } as Partial<Problem>));
    setFormError(null);
    setPeriod({ ...fields });
  }

  return (
    <>
      <PageTitle title="Monitor">Regionale monitor</PageTitle>
      <Paragraph lead>
        De kengetallen van {me.role === 'municipal_officer' ? 'uw gemeente' : 'de regio'} over een periode: instroom, wachttijd, uitstroom, herkomst en bestemming, de huurcontracten en de buurten.
      </Paragraph>
      {me.role === 'auditor' && <Paragraph>Aantallen onder de 5 staan er als ‘minder dan 5’, en waar een totaal een verborgen aantal zou verraden is nog een cel verborgen.</Paragraph>}
      <ErrorSummary error={formError} errors={formError ? errors : {}} labels={{ from: 'Van', to: 'Tot en met' }} />
      <form onSubmit={show} noValidate aria-labelledby="period-title" className="tp-section">
        <h2 id="period-title" className="utrecht-heading-2">
          Periode
        </h2>
        <TextField label="Van" name="from" type="date" value={fields.from} onChange={(v) => setFields((f) => ({ ...f, from: v }))} error={errors.from} required />
        <TextField label="Tot en met" name="to" type="date" value={fields.to} onChange={(v) => setFields((f) => ({ ...f, to: v }))} error={errors.to} required />
        <Button type="submit" appearance="primary-action-button">
          Toon de monitor
        </Button>
      </form>
      {error && !formError ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="De monitor" />}
      {data && (
        <>
          <Paragraph>
            Periode {formatDate(data.period.from)} tot en met {formatDate(data.period.to)}; gemaakt op {formatDateTime(data.generatedAt)}.
          </Paragraph>
          <Downloads path="/reports/monitor" query={data.period} what="de monitor" />
          {data.tables.map((t) => (
            <ReportTableView key={t.key} table={t} />
          ))}
        </>
      )}
    </>
  );
}

/** The demand inventory: expected outflow against supply, with the gap. */
export function DemandPage() {
  const me = useMe();
  const ref = useRefData();
  const { data, error } = useLoad(() => call(api.GET('/reports/demand')), [me.id]);
  return (
    <>
      <PageTitle title="Vraag en aanbod">Vraag en aanbod</PageTitle>
      <Paragraph lead>
        De verwachte uitstroom (goedgekeurde voordrachten, en cliënten die binnen twaalf maanden klaar zijn om te verhuizen) naast het aanbod van het afgelopen jaar en de contingenten. Het tekort is
        vraag min aanbod; een negatief getal is een overschot.
      </Paragraph>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="Vraag en aanbod" />}
      {data && (
        <>
          <Paragraph>
            Stand van {formatDate(data.asOf)}. Huursegmenten volgens de huurgrenzen van {data.rentLimitsYear ?? 'onbekend'}
            {data.rentLimitsProvisional ? ' (voorlopig: de grenzen van dit jaar zijn nog niet ingevoerd)' : ''}.
          </Paragraph>
          <Downloads path="/reports/demand" query={{}} what="vraag en aanbod" />
          <DataTable caption="Per gemeente" head={['Gemeente', 'Verwachte uitstroom', 'Aanbod laatste 12 maanden', 'Contingent afgesproken', 'Contingent geleverd', 'Contingent nog te leveren', 'Tekort']}>
            {data.municipalities.map((m) => (
              <tr key={m.municipalityCode} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {ref.municipality(m.municipalityCode)}
                </th>
                {[m.demand, m.vacancies, m.contingentAgreed, m.contingentDelivered, m.contingentRemaining, m.gap].map((v, i) => (
                  <td key={i} className="utrecht-table__cell">
                    {cell(v as Cell)}
                  </td>
                ))}
              </tr>
            ))}
          </DataTable>
          <DataTable caption="Per gemeente, woonvariant, huursegment en huishoudgrootte" head={['Gemeente', 'Woonvariant', 'Huursegment', 'Huishoudgrootte', 'Verwachte uitstroom', 'Aanbod', 'Tekort']} empty={data.items.length === 0 && 'Geen vraag en geen aanbod.'}>
            {data.items.map((c) => (
              <tr key={`${c.municipalityCode}|${c.woonvariant}|${c.huursegment}|${c.householdSize}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {ref.municipality(c.municipalityCode)}
                </th>
                <td className="utrecht-table__cell">{label(WOONVARIANT, c.woonvariant)}</td>
                <td className="utrecht-table__cell">{label(HUURSEGMENT, c.huursegment)}</td>
                <td className="utrecht-table__cell">{c.householdSize === '4+' ? '4 of meer' : c.householdSize}</td>
                <td className="utrecht-table__cell">{cell(c.demand as Cell)}</td>
                <td className="utrecht-table__cell">{cell(c.supply as Cell)}</td>
                <td className="utrecht-table__cell">{cell(c.gap)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}

/** Contingents: agreed against delivered per corporation and municipality, and (coordinator) a new one. */
export function ContingentsPage() {
  const me = useMe();
  const ref = useRefData();
  const thisYear = new Date().getUTCFullYear();
  const [year, setYear] = useState(thisYear);
  const [version, setVersion] = useState(0);
  const { data, error } = useLoad(() => call(api.GET('/reports/contingents', { params: { query: { year } } })), [year, version, me.id]);
  const years = [thisYear - 1, thisYear, thisYear + 1].map((y) => [String(y), String(y)] as [string, string]);
  return (
    <>
      <PageTitle title="Contingenten">Contingenten</PageTitle>
      <Paragraph lead>Hoeveel woningen de corporaties per gemeente hebben toegezegd, en hoeveel cliënten er dit jaar al een huurcontract in zo’n woning kregen.</Paragraph>
      <SelectField label="Overzicht over het jaar" name="reportYear" value={String(year)} onChange={(v) => setYear(Number(v))} options={years} required />
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="De contingenten" />}
      {data && (
        <>
          <Paragraph>
            Stand van {formatDate(data.asOf)}: {Math.round(data.yearProgress * 100)}% van {data.year} is verstreken. ‘Verwacht tot nu’ is het afgesproken aantal naar rato van het verstreken deel van het jaar.
          </Paragraph>
          <Downloads path="/reports/contingents" query={{ year: String(data.year) }} what="de contingenten" />
          <DataTable caption={`Contingenten ${data.year}`} head={['Corporatie', 'Gemeente', 'Afgesproken', 'Verwacht tot nu', 'Geleverd', 'Voortgang']} empty={data.items.length === 0 && 'Nog geen contingenten voor dit jaar.'}>
            {data.items.map((c) => (
              <tr key={`${c.corporationId}|${c.municipalityCode}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {c.corporationName}
                </th>
                <td className="utrecht-table__cell">{ref.municipality(c.municipalityCode)}</td>
                <td className="utrecht-table__cell">{c.agreed}</td>
                <td className="utrecht-table__cell">{c.expectedSoFar}</td>
                <td className="utrecht-table__cell">{cell(c.delivered as Cell)}</td>
                <td className="utrecht-table__cell">{typeof c.delivered !== 'number' ? '—' : c.delivered >= c.expectedSoFar ? 'Op schema' : `${c.expectedSoFar - c.delivered} achter`}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {me.role === 'coordinator' && <NewContingent onSaved={() => setVersion((v) => v + 1)} />}
    </>
  );
}

const CONTINGENT_LABELS = { corporationId: 'Corporatie', municipalityCode: 'Gemeente', year: 'Jaar', homes: 'Aantal woningen' };

function NewContingent({ onSaved }: { onSaved(): void }) {
  const ref = useRefData();
  const [values, setValues] = useState({ corporationId: '', municipalityCode: '', year: String(new Date().getUTCFullYear()), homes: '' });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const errors = errorsOf(error, values);
  const set = (k: keyof typeof values) => (v: string) => setValues((x) => ({ ...x, [k]: v }));

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const wrong: Errors = {};
    if (!values.corporationId) wrong.corporationId = 'Kies een corporatie.';
    if (!values.municipalityCode) wrong.municipalityCode = 'Kies een gemeente.';
    if (!/^\d{4}$/.test(values.year.trim())) wrong.year = 'Vul een jaar in, bijvoorbeeld 2026.';
    if (!/^\d+$/.test(values.homes.trim())) wrong.homes = 'Vul een heel aantal in (0 of meer).';
    if (Object.keys(wrong).length) return setError(new ApiError(400, { errors: Object.entries(wrong).map(([field, message]) => ({ field, message })) } as Partial<Problem>));
    try {
      await call(api.POST('/contingents', { body: { corporationId: values.corporationId, municipalityCode: values.municipalityCode, year: Number(values.year), homes: Number(values.homes) } }));
      setError(null);
      setSaved(true);
      setValues((x) => ({ ...x, homes: '' }));
      onSaved();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form onSubmit={save} noValidate aria-labelledby="new-contingent" className="tp-section">
      <h2 id="new-contingent" className="utrecht-heading-2">
        Contingent toevoegen
      </h2>
      <ErrorSummary error={error} errors={errors} labels={CONTINGENT_LABELS} />
      <SelectField label="Corporatie" name="corporationId" value={values.corporationId} onChange={set('corporationId')} error={errors.corporationId} placeholder="Kies een corporatie" options={ref.organisations.filter((o) => o.type === 'corporation').map((o) => [o.id, o.name])} required />
      <SelectField label="Gemeente" name="municipalityCode" value={values.municipalityCode} onChange={set('municipalityCode')} error={errors.municipalityCode} placeholder="Kies een gemeente" options={ref.municipalities.map((m) => [m.code, m.name])} required />
      <TextField label="Jaar" name="year" inputMode="numeric" value={values.year} onChange={set('year')} error={errors.year} width="xs" required />
      <TextField label="Aantal woningen" name="homes" inputMode="numeric" value={values.homes} onChange={set('homes')} error={errors.homes} width="xs" required />
      <Button type="submit" appearance="primary-action-button">
        Contingent opslaan
      </Button>
      <div aria-live="polite">{saved && <Notice>Het contingent is opgeslagen.</Notice>}</div>
    </form>
  );
}
