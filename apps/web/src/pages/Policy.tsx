import { Button, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { api, ApiError, call, Problem, Schemas } from '../api/client';
import { useMe } from '../auth';
import { Errors, errorsOf, ErrorSummary, Loading, Notice, PageTitle, problemText, SelectField, TextField } from '../components/ui';
import { useLoad } from '../hooks';
import { useRefData } from '../refdata';

type Policy = Schemas['PolicyResponse'];
type Key = 'stepDeadlineWorkingDays' | 'reminderDaysBefore' | 'omklapEvaluationMonths' | 'omklapExtensionMonths' | 'conditionsMonths' | 'refusalCoolDownDays' | 'nominationValidityMonths';
type Consequence = Policy['refusalConsequence'];

const FIELDS: Array<[Key, string, string]> = [
  ['stepDeadlineWorkingDays', 'Termijn per stap van een koppeling (werkdagen)', 'Werkdagen die een partij heeft voor haar stap; weekenden en feestdagen tellen niet mee (1 tot en met 60).'],
  ['reminderDaysBefore', 'Herinnering vooraf (dagen)', 'Zoveel dagen voor een evaluatie of het einde van de voorwaarden krijgen de corporatie en de zorgaanbieder een melding; de dag erna nog een als er niets is vastgelegd (0 tot en met 365).'],
  ['omklapEvaluationMonths', 'Eerste evaluatie omklapconstructie (maanden)', 'Maanden vanaf de ingang van een omklaphuurcontract tot de eerste evaluatie (1 tot en met 60).'],
  ['omklapExtensionMonths', 'Verlenging omklapconstructie (maanden)', 'Maanden tot de volgende evaluatie na een verlenging (1 tot en met 60).'],
  ['conditionsMonths', 'Duur voorwaarden (maanden)', 'Maanden dat de voorwaarden van een huurcontract onder voorwaarden lopen (1 tot en met 60).'],
  ['refusalCoolDownDays', 'Afkoelperiode na weigeren (dagen)', 'Kalenderdagen dat een cliënt geen woning krijgt voorgesteld na een weigering zonder goede reden, als het gevolg een afkoelperiode is (0 tot en met 365).'],
  ['nominationValidityMonths', 'Geldigheid van een voordracht (maanden)', 'Maanden dat een goedgekeurde voordracht geldig is, gerekend vanaf de goedkeuring of de laatste bevestiging van de gereedheid. Daarna verloopt de voordracht als de zorgaanbieder de gereedheid niet opnieuw bevestigt. 0 betekent: verloopt nooit (0 tot en met 60). Een nieuwe waarde geldt vanaf de volgende goedkeuring of bevestiging.'],
];
const CONSEQUENCES: Array<[Consequence, string]> = [
  ['cool_down', 'Afkoelperiode: de cliënt houdt zijn plaats, maar krijgt een tijd geen woning voorgesteld'],
  ['loss_of_priority', 'Verlies van voorrang: de cliënt sluit achteraan aan in de gewone wachtrij'],
  ['none', 'Geen gevolg'],
];
export const POLICY_LABELS: Record<string, string> = { ...Object.fromEntries(FIELDS.map(([k, l]) => [k, l])), refusalConsequence: 'Gevolg van weigeren zonder goede reden' };

/** The coordinator's region policy: step deadlines, reminders and the periods of the tenancy follow-up. */
export function PolicyPage() {
  const me = useMe();
  const region = me.organisation?.regionCode ?? '';
  const { data, error } = useLoad(() => call(api.GET('/regions/{code}/policy', { params: { path: { code: region } } })), [region]);
  if (error) return <Notice type="error">{problemText(error)}</Notice>;
  if (!data) return <Loading what="Het beleid" />;
  return <PolicyForm region={region} policy={data} />;
}

const text = (p: Policy) => Object.fromEntries(FIELDS.map(([k]) => [k, String(p[k])])) as Record<Key, string>;

function PolicyForm({ region, policy }: { region: string; policy: Policy }) {
  const ref = useRefData();
  const [values, setValues] = useState<Record<Key, string>>(text(policy));
  const [consequence, setConsequence] = useState<string>(policy.refusalConsequence);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors: Errors = errorsOf(error, { ...values, refusalConsequence: consequence });

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const wrong: Errors = {};
    const body: Schemas['UpdatePolicyDto'] = {};
    for (const [k] of FIELDS) {
      const v = values[k].trim();
      if (v === '') wrong[k] = 'Vul dit veld in.';
      else if (!/^-?\d+$/.test(v)) wrong[k] = 'Vul een heel getal in.';
      else body[k] = Number(v);
    }
    body.refusalConsequence = consequence as Consequence;
    if (Object.keys(wrong).length) {
      setError(new ApiError(400, { errors: Object.entries(wrong).map(([field, message]) => ({ field, message })) } as Partial<Problem>));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const p = await call(api.PUT('/regions/{code}/policy', { params: { path: { code: region } }, body }));
      setValues(text(p));
      setConsequence(p.refusalConsequence);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle title="Beleid">Beleid {ref.regionName}</PageTitle>
      <Paragraph lead>Termijnen, herinneringen en het gevolg van weigeren die voor de hele regio gelden. Een wijziging geldt voor nieuwe stappen en nieuwe huurcontracten.</Paragraph>
      <ErrorSummary error={error} errors={errors} labels={POLICY_LABELS} />
      <form onSubmit={save} noValidate aria-labelledby="policy-title" className="tp-section">
        <h2 id="policy-title" className="utrecht-heading-2">
          Termijnen en herinneringen
        </h2>
        {FIELDS.map(([k, l, d]) => (
          <TextField key={k} label={l} description={d} name={k} inputMode="numeric" value={values[k]} onChange={(v) => setValues((x) => ({ ...x, [k]: v }))} error={errors[k]} width="xs" required />
        ))}
        <SelectField
          label={POLICY_LABELS.refusalConsequence}
          description="Wat er gebeurt als de zorgaanbieder een voorgestelde woning afwijst met de reden 'Cliënt weigert zonder goede reden'."
          name="refusalConsequence"
          value={consequence}
          onChange={setConsequence}
          options={CONSEQUENCES}
          error={errors.refusalConsequence}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Beleid opslaan
        </Button>
      </form>
      <div aria-live="polite">{saved && <Notice>Het beleid is opgeslagen.</Notice>}</div>
    </>
  );
}
