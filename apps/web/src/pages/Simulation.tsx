import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { api, call, Schemas } from '../api/client';
import { useMe } from '../auth';
import { DataTable, ErrorSummary, errorsOf, Loading, Notice, PageTitle, problemText, TextField } from '../components/ui';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { useRefData } from '../refdata';

type Policy = Schemas['PolicyResponse'];
type Buurt = Schemas['NeighbourhoodResponse'];
type Result = Schemas['SimulationResponse'];

const WEIGHTS: Array<[keyof Policy['fitWeights'], string]> = [
  ['originMunicipality', 'Gewicht: terug naar herkomst'],
  ['preferredMunicipality', 'Gewicht: voorkeursgemeente'],
  ['rentFit', 'Gewicht: passende huur'],
  ['waitingTime', 'Gewicht: wachttijd'],
];
const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(',', '.')));
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** What-if: a matching round now under changed limits, tolerance or weights, side by side with the current policy. Nothing is saved. */
export function SimulationPage() {
  const me = useMe();
  const ref = useRefData();
  const coordinator = me.role === 'coordinator';
  const { data, error } = useLoad(async () => {
    const region = me.organisation?.regionCode ?? '';
    const policy = coordinator ? await call(api.GET('/regions/{code}/policy', { params: { path: { code: region } } })) : null;
    const query = coordinator ? {} : { municipalityCode: me.municipality?.code };
    const buurten = (await call(api.GET('/neighbourhoods', { params: { query } }))).items;
    return { policy, buurten };
  }, [me.id]);
  if (error) return <Notice type="error">{problemText(error)}</Notice>;
  if (!data) return <Loading what="Het beleid" />;
  return <SimulationForm policy={data.policy} buurten={data.buurten.filter((b) => !coordinator || !ref.municipalities.length || ref.municipalities.some((m) => m.code === b.municipalityCode))} />;
}

function SimulationForm({ policy, buurten }: { policy: Policy | null; buurten: Buurt[] }) {
  const ref = useRefData();
  const [tolerance, setTolerance] = useState(text(policy?.exchangeTolerance));
  const [defPlacements, setDefPlacements] = useState(text(policy?.defaultMaxPlacementsPer12Months));
  const [defLive, setDefLive] = useState(text(policy?.defaultMaxLiveTenancies));
  const [weights, setWeights] = useState<Record<string, string>>(Object.fromEntries(WEIGHTS.map(([k]) => [k, text(policy?.fitWeights[k])])));
  const [limits, setLimits] = useState<Record<string, { p: string; l: string }>>(
    Object.fromEntries(buurten.map((b) => [b.code, { p: text(b.maxPlacementsPer12Months), l: text(b.maxLiveTenancies) }])),
  );
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsOf(error);

  async function run(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const neighbourhoodLimits = buurten
        .filter((b) => limits[b.code].p !== text(b.maxPlacementsPer12Months) || limits[b.code].l !== text(b.maxLiveTenancies))
        .map((b) => ({ code: b.code, maxPlacementsPer12Months: num(limits[b.code].p), maxLiveTenancies: num(limits[b.code].l) }));
      const body: Schemas['SimulationDto'] = { neighbourhoodLimits };
      if (policy) {
        if (tolerance !== text(policy.exchangeTolerance)) body.exchangeTolerance = num(tolerance) ?? undefined;
        if (defPlacements !== text(policy.defaultMaxPlacementsPer12Months)) body.defaultMaxPlacementsPer12Months = num(defPlacements);
        if (defLive !== text(policy.defaultMaxLiveTenancies)) body.defaultMaxLiveTenancies = num(defLive);
        if (WEIGHTS.some(([k]) => weights[k] !== text(policy.fitWeights[k])))
          body.fitWeights = Object.fromEntries(WEIGHTS.map(([k]) => [k, num(weights[k]) ?? 0])) as Policy['fitWeights'];
      }
      setResult(await call(api.POST('/matching/simulations', { body })));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const areaName = (code: string) => (code.startsWith('GM') ? ref.municipality(code) : ref.neighbourhood(code));
  return (
    <>
      <PageTitle title="Wat als">Wat als: beleid doorrekenen</PageTitle>
      <Paragraph lead>
        Reken een matchingsronde van nu door met andere grenzen{policy ? ', een andere uitwisselingstolerantie of andere gewichten' : ' voor uw buurten'}, naast het
        huidige beleid. Er wordt niets opgeslagen.
      </Paragraph>
      <ErrorSummary error={error} errors={errors} labels={{ exchangeTolerance: 'Uitwisselingstolerantie', neighbourhoodLimits: 'Grenzen per buurt', fitWeights: 'Gewichten' }} />
      <form onSubmit={run} noValidate>
        {policy && (
          <fieldset className="tp-section">
            <legend className="utrecht-heading-2">Regionaal beleid</legend>
            <div className="tp-columns">
              <TextField label={`Uitwisselingstolerantie (nu ${policy.exchangeTolerance})`} name="exchangeTolerance" inputMode="numeric" value={tolerance} onChange={setTolerance} error={errors.exchangeTolerance} width="xs" required />
              <TextField label={`Standaard max. plaatsingen per buurt per 12 maanden (nu ${text(policy.defaultMaxPlacementsPer12Months) || 'geen'})`} name="defaultMaxPlacementsPer12Months" inputMode="numeric" value={defPlacements} onChange={setDefPlacements} error={errors.defaultMaxPlacementsPer12Months} width="xs" />
              <TextField label={`Standaard max. lopende huurcontracten per buurt (nu ${text(policy.defaultMaxLiveTenancies) || 'geen'})`} name="defaultMaxLiveTenancies" inputMode="numeric" value={defLive} onChange={setDefLive} error={errors.defaultMaxLiveTenancies} width="xs" />
              {WEIGHTS.map(([k, l]) => (
                <TextField key={k} label={`${l} (nu ${policy.fitWeights[k]})`} name={`weight-${k}`} inputMode="decimal" value={weights[k]} onChange={(v) => setWeights((w) => ({ ...w, [k]: v }))} error={errors.fitWeights} width="xs" required />
              ))}
            </div>
          </fieldset>
        )}
        <DataTable caption="Grenzen per buurt (leeg: regionale standaard)" head={['Buurt', 'Gemeente', 'Max. plaatsingen per 12 maanden', 'Max. lopende huurcontracten']}>
          {buurten.map((b) => (
            <tr key={b.code} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {b.name}
              </th>
              <td className="utrecht-table__cell">{ref.municipality(b.municipalityCode)}</td>
              {(['p', 'l'] as const).map((k) => (
                <td key={k} className="utrecht-table__cell">
                  <label htmlFor={`sim-${b.code}-${k}`} className="tp-visually-hidden">
                    {k === 'p' ? 'Maximaal aantal plaatsingen per 12 maanden' : 'Maximaal aantal lopende huurcontracten'} in {b.name}
                  </label>
                  <input
                    id={`sim-${b.code}-${k}`}
                    className="utrecht-textbox utrecht-textbox--html-input tp-width-xs"
                    inputMode="numeric"
                    value={limits[b.code][k]}
                    onChange={(e) => setLimits((x) => ({ ...x, [b.code]: { ...x[b.code], [k]: e.target.value } }))}
                  />{' '}
                  <small>nu {text(k === 'p' ? b.maxPlacementsPer12Months : b.maxLiveTenancies) || 'standaard'}</small>
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Doorrekenen
        </Button>
      </form>
      <div aria-live="polite">
        {result && (
          <section aria-labelledby="sim-result" className="tp-panel">
            <Heading2 id="sim-result">Uitkomst naast het huidige beleid</Heading2>
            <Paragraph>Doorgerekend op {formatDateTime(result.asOf)}.</Paragraph>
            <DataTable caption="Voorstellen in een ronde van nu" head={['', 'Huidig beleid', 'Wat als', 'Verschil']}>
              <tr className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  Voorstellen in de regio
                </th>
                <td className="utrecht-table__cell">{result.current.placements}</td>
                <td className="utrecht-table__cell">{result.simulated.placements}</td>
                <td className="utrecht-table__cell">{signed(result.difference.placements)}</td>
              </tr>
              {[...result.difference.byMunicipality, ...result.difference.byNeighbourhood].map((d) => (
                <tr key={d.code} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {areaName(d.code)}
                  </th>
                  <td className="utrecht-table__cell">{d.current}</td>
                  <td className="utrecht-table__cell">{d.simulated}</td>
                  <td className="utrecht-table__cell">{signed(d.difference)}</td>
                </tr>
              ))}
            </DataTable>
            <Paragraph>
              {result.difference.placedDifferently.length === 0
                ? 'Geen cliënt wordt anders geplaatst.'
                : `${result.difference.placedDifferently.length} ${result.difference.placedDifferently.length === 1 ? 'cliënt wordt' : 'cliënten worden'} anders geplaatst: ${result.difference.placementsGained} krijgen een voorstel dat ze nu niet krijgen, ${result.difference.placementsLost} verliezen er een.`}
            </Paragraph>
          </section>
        )}
      </div>
    </>
  );
}
