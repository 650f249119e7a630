import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { api, call, Schemas } from '../api/client';
import { useMe } from '../auth';
import { DataTable, ErrorSummary, errorsOf, Loading, Notice, PageTitle, problemText, SelectField, TextField } from '../components/ui';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { useRefData } from '../refdata';

type Buurt = Schemas['NeighbourhoodResponse'];
type Unit = Schemas['UnitResponse'];
type Load = Schemas['NeighbourhoodLoadRow'];

/** The buurten of the officer's municipality (the coordinator: the region's) with their limits and load; limits are editable. */
export function BuurtenPage() {
  const me = useMe();
  const ref = useRefData();
  const [message, setMessage] = useState<string | null>(null);
  const { data, error, reload } = useLoad(async () => {
    const query = me.role === 'municipal_officer' && me.municipality ? { municipalityCode: me.municipality.code } : {};
    const buurten = (await call(api.GET('/neighbourhoods', { params: { query } }))).items;
    const report = await call(api.GET('/reports/neighbourhood-load'));
    const load = new Map<string, Load>(report.items.map((r) => [r.neighbourhoodCode, r]));
    const regionCodes = new Set(ref.municipalities.map((m) => m.code));
    return { buurten: buurten.filter((b) => me.role !== 'coordinator' || regionCodes.size === 0 || regionCodes.has(b.municipalityCode)), load, generatedAt: report.generatedAt };
  }, [me.id, ref.municipalities.length]);
  return (
    <>
      <PageTitle title="Buurten">Buurten en draagkracht</PageTitle>
      <Paragraph lead>
        De grenzen per buurt: hoeveel nieuwe plaatsingen in twaalf maanden en hoeveel lopende huurcontracten via bijzondere bemiddeling de buurt kan dragen. Leeg
        betekent: de regionale standaard geldt. De matching stelt nooit een koppeling voor die een grens overschrijdt.
      </Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="Buurten" />}
      {data && (
        <Paragraph>
          De belasting telt een koppeling mee vanaf het voorstel: lopende koppelingen tellen bij de plaatsingen en bij de lopende huurcontracten. De grens is die van de buurt
          zelf, of anders de regionale standaard. Stand van {formatDateTime(data.generatedAt)}.
        </Paragraph>
      )}
      {data && (
        <DataTable
          caption="Buurten met grenzen en huidige belasting"
          head={['Buurt', 'Gemeente', 'Plaatsingen laatste 12 maanden / grens', 'Lopende huurcontracten / grens', 'Waarvan lopende koppelingen', 'Max. plaatsingen per 12 maanden', 'Max. lopende huurcontracten', '']}
        >
          {data.buurten.map((b) => (
            <LimitRow
              key={b.code}
              b={b}
              municipality={ref.municipality(b.municipalityCode)}
              load={data.load.get(b.code)}
              onSaved={(name) => {
                setMessage(`De grenzen van ${name} zijn opgeslagen. De matching houdt er bij de volgende ronde rekening mee.`);
                reload();
              }}
            />
          ))}
        </DataTable>
      )}
      {data && data.buurten.length > 0 && <Units buurten={data.buurten} />}
    </>
  );
}

const limitText = (n: number | null) => (n === null ? 'geen grens' : String(n));

const limitValue = (s: string) => (s.trim() === '' ? null : Number.isFinite(Number(s)) ? Number(s) : (s as unknown as number));

/** Streets and complexes inside a buurt, with limits of their own. */
function Units({ buurten }: { buurten: Buurt[] }) {
  const [code, setCode] = useState(buurten[0].code);
  const [message, setMessage] = useState<string | null>(null);
  const { data, error, reload } = useLoad(() => call(api.GET('/neighbourhoods/{code}/units', { params: { path: { code } } })), [code]);
  const [f, setF] = useState({ name: '', p: '', l: '' });
  const [addError, setAddError] = useState<unknown>(null);
  const errors = errorsOf(addError, { name: f.name });
  const buurt = buurten.find((b) => b.code === code)!;
  async function add(e: FormEvent) {
    e.preventDefault();
    setAddError(null);
    try {
      const u = await call(
        api.POST('/neighbourhoods/{code}/units', { params: { path: { code } }, body: { name: f.name.trim(), maxPlacementsPer12Months: limitValue(f.p), maxLiveTenancies: limitValue(f.l) } }),
      );
      setF({ name: '', p: '', l: '' });
      setMessage(`${u.name} is toegevoegd aan ${buurt.name}.`);
      reload();
    } catch (err) {
      setAddError(err);
    }
  }
  return (
    <section aria-labelledby="units-title">
      <Heading2 id="units-title">Straten en complexen</Heading2>
      <Paragraph>Binnen een buurt kan een straat of complex een eigen, strengere grens hebben.</Paragraph>
      <form className="tp-filters" onSubmit={(e) => e.preventDefault()} aria-label="Kies een buurt">
        <SelectField label="Buurt" name="unitsBuurt" value={code} onChange={setCode} options={buurten.map((b) => [b.code, b.name])} required />
      </form>
      {message && <Notice>{message}</Notice>}
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {data && (
        <DataTable caption={`Straten en complexen in ${buurt.name}`} head={['Straat of complex', 'Max. plaatsingen per 12 maanden', 'Max. lopende huurcontracten', '']} empty={data.items.length === 0 && 'Nog geen straten of complexen met een eigen grens.'}>
          {data.items.map((u) => (
            <UnitRow key={u.id} u={u} onSaved={() => setMessage(`De grenzen van ${u.name} zijn opgeslagen.`)} />
          ))}
        </DataTable>
      )}
      <form onSubmit={add} noValidate className="tp-panel" aria-label="Straat of complex toevoegen">
        <Heading2>Straat of complex toevoegen aan {buurt.name}</Heading2>
        <ErrorSummary error={addError} errors={errors} labels={{ name: 'Naam', maxPlacementsPer12Months: 'Max. plaatsingen', maxLiveTenancies: 'Max. lopende huurcontracten' }} />
        <div className="tp-columns">
          <TextField label="Naam" name="name" value={f.name} onChange={(name) => setF((x) => ({ ...x, name }))} error={errors.name} description="Bijvoorbeeld Complex Hanzeweg 2-40." required />
          <TextField label="Max. plaatsingen per 12 maanden" name="maxPlacementsPer12Months" inputMode="numeric" value={f.p} onChange={(p) => setF((x) => ({ ...x, p }))} error={errors.maxPlacementsPer12Months} width="xs" />
          <TextField label="Max. lopende huurcontracten" name="maxLiveTenancies" inputMode="numeric" value={f.l} onChange={(l) => setF((x) => ({ ...x, l }))} error={errors.maxLiveTenancies} width="xs" />
        </div>
        <Button type="submit" appearance="secondary-action-button">
          Toevoegen
        </Button>
      </form>
    </section>
  );
}

function UnitRow({ u, onSaved }: { u: Unit; onSaved(): void }) {
  const [p, setP] = useState(u.maxPlacementsPer12Months?.toString() ?? '');
  const [l, setL] = useState(u.maxLiveTenancies?.toString() ?? '');
  const [error, setError] = useState<unknown>(null);
  const formId = `unit-${u.id}`;
  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await call(api.PUT('/units/{id}/limits', { params: { path: { id: u.id } }, body: { maxPlacementsPer12Months: limitValue(p), maxLiveTenancies: limitValue(l) } }));
      onSaved();
    } catch (err) {
      setError(err);
    }
  }
  const input = (k: string, text: string, value: string, set: (v: string) => void) => (
    <td className="utrecht-table__cell">
      <label htmlFor={`${formId}-${k}`} className="tp-visually-hidden">
        {text} in {u.name}
      </label>
      <input id={`${formId}-${k}`} form={formId} className="utrecht-textbox utrecht-textbox--html-input tp-width-xs" inputMode="numeric" value={value} onChange={(e) => set(e.target.value)} />
    </td>
  );
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        {u.name}
      </th>
      {input('p', 'Maximaal aantal plaatsingen per 12 maanden', p, setP)}
      {input('l', 'Maximaal aantal lopende huurcontracten', l, setL)}
      <td className="utrecht-table__cell">
        <form id={formId} onSubmit={save} noValidate>
          <Button type="submit" appearance="secondary-action-button">
            Opslaan<span className="tp-visually-hidden"> ({u.name})</span>
          </Button>
        </form>
        {error ? <span role="alert">{problemText(error)}</span> : null}
      </td>
    </tr>
  );
}

function LimitRow({ b, municipality, load, onSaved }: { b: Buurt; municipality: string; load: Load | undefined; onSaved(name: string): void }) {
  const [placements, setPlacements] = useState(b.maxPlacementsPer12Months?.toString() ?? '');
  const [live, setLive] = useState(b.maxLiveTenancies?.toString() ?? '');
  const [error, setError] = useState<unknown>(null);
  const errors = errorsOf(error);
  const formId = `limits-${b.code}`;
  const toValue = limitValue;
  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await call(api.PUT('/neighbourhoods/{code}/limits', { params: { path: { code: b.code } }, body: { maxPlacementsPer12Months: toValue(placements), maxLiveTenancies: toValue(live) } }));
      onSaved(b.name);
    } catch (err) {
      setError(err);
    }
  }
  const over = (n: number, max: number | null | undefined) => max !== null && max !== undefined && n >= max;
  const cell = (id: string, text: string, value: string, set: (v: string) => void, err?: string) => (
    <td className="utrecht-table__cell">
      <label htmlFor={id} className="tp-visually-hidden">
        {text} in {b.name}
      </label>
      <input
        id={id}
        form={formId}
        className={`utrecht-textbox utrecht-textbox--html-input tp-width-xs${err ? ' utrecht-textbox--invalid' : ''}`}
        inputMode="numeric"
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={err ? true : undefined}
        aria-describedby={err ? `${id}-error` : undefined}
      />
      {err && (
        <div id={`${id}-error`} className="utrecht-form-field-error-message">
          {err}
        </div>
      )}
    </td>
  );
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        {b.name}
        <br />
        <small>{b.code}</small>
      </th>
      <td className="utrecht-table__cell">{municipality}</td>
      {load ? (
        <>
          <td className={`utrecht-table__cell${over(load.placementsLast12Months, load.maxPlacementsPer12Months) ? ' tp-full' : ''}`}>
            {load.placementsLast12Months} / {limitText(load.maxPlacementsPer12Months)}
          </td>
          <td className={`utrecht-table__cell${over(load.liveTenancies, load.maxLiveTenancies) ? ' tp-full' : ''}`}>
            {load.liveTenancies} / {limitText(load.maxLiveTenancies)}
          </td>
          <td className="utrecht-table__cell">{load.liveMatches}</td>
        </>
      ) : (
        <>
          <td className="utrecht-table__cell">—</td>
          <td className="utrecht-table__cell">—</td>
          <td className="utrecht-table__cell">—</td>
        </>
      )}
      {cell(`${formId}-placements`, 'Maximaal aantal plaatsingen per 12 maanden', placements, setPlacements, errors.maxPlacementsPer12Months)}
      {cell(`${formId}-live`, 'Maximaal aantal lopende huurcontracten', live, setLive, errors.maxLiveTenancies)}
      <td className="utrecht-table__cell">
        <form id={formId} onSubmit={save} noValidate>
          <Button type="submit" appearance="secondary-action-button">
            Opslaan<span className="tp-visually-hidden"> ({b.name})</span>
          </Button>
        </form>
        {error && !Object.keys(errors).length ? <span role="alert">{problemText(error)}</span> : null}
      </td>
    </tr>
  );
}
