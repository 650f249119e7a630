import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ChangeEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, call, Schemas } from '../api/client';
import { CheckboxField, DataTable, Notice, PageTitle, problemText } from '../components/ui';
import { parseCsv } from '../csv';
import { excelDate, readXlsx } from '../xlsx';
import { CONSTRUCTION, fieldMessage, WOONVARIANT } from '../labels';
import { useRefData } from '../refdata';

type Body = Schemas['CreateVacancyDto'];
interface Row {
  line: number;
  address: string;
  body: Body | null;
  errors: string[];
  result?: { ok: boolean; text: string };
}

const COLUMNS = ['adres', 'buurtcode', 'woonvariant', 'kamers', 'huur', 'beschikbaar_vanaf', 'toegankelijk', 'verdieping', 'constructies'] as const;
const TEMPLATE = `\uFEFF${COLUMNS.join(';')}\r\nBrink 12, 7411 BR Deventer;BU01500101;zelfstandig;2;612,50;01-02-2027;nee;0;regulier|omklap\r\n`;

const byLabelOrCode = (map: Record<string, string>, v: string) => {
  const x = v.trim().toLowerCase();
  return Object.keys(map).find((k) => k === x || map[k].toLowerCase() === x || (x.length > 3 && map[k].toLowerCase().startsWith(x)));
};
const toDate = (v: string): string | null => {
  const s = v.trim();
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelDate(Number(s));
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
};
const toNumber = (v: string) => (v.trim() === '' ? NaN : Number(v.trim().replace(/\s|€/g, '').replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.')));

/** Checks one row before anything is sent: the file's own errors, per row, in words. */
function checkRow(cells: Record<string, string>, line: number, buurten: Set<string>): Row {
  const errors: string[] = [];
  const address = (cells.adres ?? '').trim();
  if (!address) errors.push('adres ontbreekt');
  const buurt = (cells.buurtcode ?? '').trim().toUpperCase();
  if (!/^BU\d{8}$/.test(buurt)) errors.push(`buurtcode "${cells.buurtcode ?? ''}" is geen CBS-code zoals BU01500101`);
  else if (buurten.size && !buurten.has(buurt)) errors.push(`buurt ${buurt} ligt niet in de regio`);
  const woonvariant = byLabelOrCode(WOONVARIANT, cells.woonvariant ?? '');
  if (!woonvariant) errors.push(`woonvariant "${cells.woonvariant ?? ''}" is onbekend (${Object.keys(WOONVARIANT).join(', ')})`);
  const rooms = toNumber(cells.kamers ?? '');
  if (!Number.isInteger(rooms) || rooms < 1 || rooms > 20) errors.push(`kamers "${cells.kamers ?? ''}" is geen heel getal van 1 tot 20`);
  const rent = toNumber(cells.huur ?? '');
  if (!Number.isFinite(rent) || rent < 0 || Math.abs(Math.round(rent * 100) - rent * 100) > 1e-6) errors.push(`huur "${cells.huur ?? ''}" is geen bedrag`);
  const availableFrom = toDate(cells.beschikbaar_vanaf ?? '');
  if (!availableFrom) errors.push(`beschikbaar_vanaf "${cells.beschikbaar_vanaf ?? ''}" is geen datum (dd-mm-jjjj)`);
  const acc = (cells.toegankelijk ?? '').trim().toLowerCase();
  if (acc && !['ja', 'nee', 'j', 'n', 'true', 'false', '1', '0'].includes(acc)) errors.push(`toegankelijk "${cells.toegankelijk}" is geen ja of nee`);
  const floorText = (cells.verdieping ?? '').trim();
  const floor = floorText === '' ? undefined : toNumber(floorText);
  if (floor !== undefined && !Number.isInteger(floor)) errors.push(`verdieping "${floorText}" is geen heel getal`);
  const constructionCells = (cells.constructies ?? '').split(/[|,/]/).map((x) => x.trim()).filter(Boolean);
  const constructions = constructionCells.map((c) => byLabelOrCode(CONSTRUCTION, c));
  if (!constructionCells.length) errors.push('constructies ontbreken (regulier, omklap, onder_voorwaarden)');
  else if (constructions.some((c) => !c)) errors.push(`constructies "${cells.constructies}" bevat een onbekende constructie`);
  const body: Body | null = errors.length
    ? null
    : {
        address,
        neighbourhoodCode: buurt,
        woonvariant: woonvariant as Body['woonvariant'],
        rooms,
        rent,
        availableFrom: availableFrom!,
        accessible: ['ja', 'j', 'true', '1'].includes(acc),
        floor,
        constructions: [...new Set(constructions)] as Body['constructions'],
      };
  return { line, address, body, errors };
}

/** Offer many homes at once from an Excel or CSV file, with a report per row; nothing is saved from a file with errors unless the user chooses its valid rows. */
export function VacancyUploadPage() {
  const ref = useRefData();
  const inputId = useId().replace(/:/g, '');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function read(e: ChangeEvent<HTMLInputElement>) {
    setRows(null);
    setDone(null);
    setFileError(null);
    setOnlyValid(false);
    const file = e.target.files?.[0];
    if (!file) return;
    let table: string[][];
    if (/\.xlsx$/i.test(file.name)) {
      try {
        table = await readXlsx(await file.arrayBuffer());
      } catch (err) {
        return setFileError(err instanceof Error ? err.message : 'Het Excel-bestand kan niet worden gelezen.');
      }
    } else if (/\.(csv|txt)$/i.test(file.name)) table = parseCsv(await file.text());
    else return setFileError('Kies een Excel-bestand (.xlsx) of een CSV-bestand.');
    const header = (table[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
    const missing = COLUMNS.filter((c) => !['toegankelijk', 'verdieping'].includes(c) && !header.includes(c));
    if (missing.length) return setFileError(`De eerste regel moet de kolomnamen bevatten; ontbrekend: ${missing.join(', ')}.`);
    if (table.length < 2) return setFileError('Het bestand bevat geen woningen.');
    const buurten = new Set(ref.neighbourhoods.map((n) => n.code));
    setRows(table.slice(1).map((cells, i) => checkRow(Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])), i + 2, buurten)));
  }

  async function publish() {
    if (!rows) return;
    setBusy(true);
    const out = [...rows];
    for (const r of out) {
      if (!r.body || r.result?.ok) continue;
      try {
        await call(api.POST('/vacancies', { body: r.body }));
        r.result = { ok: true, text: 'Aangeboden' };
      } catch (err) {
        const fields = err instanceof ApiError ? err.fieldErrors.map((f) => `${f.field}: ${fieldMessage(f.message)}`) : [];
        r.result = { ok: false, text: fields.length ? fields.join(' ') : problemText(err) };
      }
      setRows([...out]);
    }
    const ok = out.filter((r) => r.result?.ok).length;
    setDone(`${ok} ${ok === 1 ? 'woning' : 'woningen'} aangeboden${out.some((r) => r.result && !r.result.ok) ? '; zie de rijen met een fout' : ''}.`);
    setBusy(false);
  }

  const valid = rows?.filter((r) => r.body).length ?? 0;
  const invalid = (rows?.length ?? 0) - valid;
  return (
    <div>
      <PageTitle title="Woningen uit een bestand">Woningen uit een bestand aanbieden</PageTitle>
      <Paragraph>
        Een Excel-bestand (.xlsx, het eerste werkblad) of CSV-bestand met op de eerste regel de kolommen <code>{COLUMNS.join(';')}</code>. Meerdere constructies scheidt u met <code>|</code>; datums als
        dd-mm-jjjj. <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`} download="woningen-voorbeeld.csv">Download een voorbeeldbestand</a>.
      </Paragraph>
      <div className="tp-field">
        <label htmlFor={inputId} className="utrecht-form-label">
          Bestand
        </label>
        <div>
          <input id={inputId} type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={read} aria-describedby={fileError ? `${inputId}-error` : undefined} />
        </div>
        {fileError && (
          <div id={`${inputId}-error`} className="utrecht-form-field-error-message" role="alert">
            {fileError}
          </div>
        )}
      </div>
      {rows && (
        <>
          <Heading2>Controle per rij</Heading2>
          <Notice type={invalid ? 'warning' : 'ok'}>
            {rows.length} {rows.length === 1 ? 'rij' : 'rijen'}: {valid} geldig, {invalid} met fouten.
            {invalid > 0 && ' Er wordt niets aangeboden zolang u niet kiest voor alleen de geldige rijen.'}
          </Notice>
          <DataTable caption="Rijen van het bestand" head={['Regel', 'Adres', 'Controle', 'Resultaat']}>
            {rows.map((r) => (
              <tr key={r.line} className="utrecht-table__row">
                <td className="utrecht-table__cell">{r.line}</td>
                <td className="utrecht-table__cell">{r.address || '—'}</td>
                <td className="utrecht-table__cell">{r.errors.length ? <ul className="tp-row-errors">{r.errors.map((e) => <li key={e}>{e}</li>)}</ul> : 'Geldig'}</td>
                <td className="utrecht-table__cell">{r.result ? r.result.text : r.body ? '—' : 'Wordt niet aangeboden'}</td>
              </tr>
            ))}
          </DataTable>
          {invalid > 0 && valid > 0 && <CheckboxField label={`Alleen de ${valid} geldige ${valid === 1 ? 'rij' : 'rijen'} aanbieden`} name="onlyValid" checked={onlyValid} onChange={setOnlyValid} />}
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy || valid === 0 || (invalid > 0 && !onlyValid) || Boolean(done)} busy={busy} onClick={publish}>
              {valid === 1 ? '1 woning aanbieden' : `${valid} woningen aanbieden`}
            </Button>
          </ButtonGroup>
          {done && (
            <Notice>
              {done} <Link to="/woningen">Naar de woningen</Link>
            </Notice>
          )}
        </>
      )}
    </div>
  );
}
