import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { all, api, call, Schemas } from '../api/client';
import { CheckboxField, CheckboxGroup, DataTable, ErrorSummary, errorsOf, Loading, PageTitle, SelectField, TextField } from '../components/ui';
import { formatDate } from '../format';
import { ErrorPage } from './Matches';
import { useLoad } from '../hooks';
import { PagedList } from '../components/PagedList';
import { CONSTRUCTION, CURRENT_SETTING, label, LEGAL_FRAMEWORK, NEEDS, NOMINATION_STATUS, SEX, WOONVARIANT } from '../labels';
import { useRefData } from '../refdata';

export function ClientsPage() {
  const ref = useRefData();
  return (
    <>
      <PageTitle title="Cliënten">Cliënten</PageTitle>
      <Paragraph lead>Uw cliënten die (binnenkort) zelfstandig kunnen wonen. U legt alleen uw eigen dossiernummer vast, geen namen.</Paragraph>
      <ButtonGroup>
        <Link to="/clienten/nieuw" className="utrecht-button-link utrecht-button-link--primary-action-button">
          Nieuwe cliënt registreren
        </Link>
      </ButtonGroup>
      <PagedList<Schemas['ClientResponse']>
        what="Cliënten"
        caption="Cliënten"
        load={(q) => call(api.GET('/clients', { params: { query: { cursor: q.cursor, limit: q.limit, sort: q.sort as 'createdAt' } } }))}
        rowKey={(c) => c.id}
        empty="Nog geen cliënten geregistreerd."
        columns={[
          {
            label: 'Dossiernummer',
            sort: 'reference',
            cell: (c) => (
              <Link to={`/clienten/${c.id}`} className="utrecht-link">
                {c.reference}
              </Link>
            ),
          },
          { label: 'Gemeente van herkomst', sort: 'municipality', cell: (c) => ref.municipality(c.originMunicipalityCode) },
          { label: 'Geboortejaar', cell: (c) => c.birthYear },
          { label: 'Huishouden', cell: (c) => (c.householdSize === 1 ? '1 persoon' : `${c.householdSize} personen`) },
          { label: 'Verblijft nu in', cell: (c) => label(CURRENT_SETTING, c.currentSetting) },
          { label: 'Geregistreerd', sort: 'createdAt', cell: (c) => formatDate(c.createdAt) },
          {
            label: 'Actie',
            cell: (c) => (
              <Link to={`/voordrachten/nieuw?client=${c.id}`} className="utrecht-link">
                Voordragen<span className="tp-visually-hidden"> ({c.reference})</span>
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}

const LABELS: Record<string, string> = {
  reference: 'Dossiernummer',
  originMunicipalityCode: 'Gemeente van herkomst',
  birthYear: 'Geboortejaar',
  householdSize: 'Aantal personen in het huishouden',
  currentSetting: 'Verblijft nu in',
  sex: 'Geslacht',
  legalFramework: 'Wettelijk kader van de zorg',
  needs: 'Woonwensen en -behoeften',
  avoidNeighbourhoodCodes: 'Te vermijden buurten',
  consentToShare: 'Toestemming',
};

export function ClientNewPage() {
  const ref = useRefData();
  const navigate = useNavigate();
  const [f, setF] = useState({ reference: '', originMunicipalityCode: '', otherOrigin: '', birthYear: '', householdSize: '1', currentSetting: '', sex: '', legalFramework: '' });
  const [needs, setNeeds] = useState<string[]>([]);
  const [avoid, setAvoid] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsOf(error, f);
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const origin = f.originMunicipalityCode === 'other' ? f.otherOrigin.trim().toUpperCase() : f.originMunicipalityCode;
      const c = await call(
        api.POST('/clients', {
          body: {
            reference: f.reference.trim(),
            originMunicipalityCode: origin,
            birthYear: Number(f.birthYear) || (f.birthYear as unknown as number),
            householdSize: Number(f.householdSize) || (f.householdSize as unknown as number),
            currentSetting: f.currentSetting as 'BW',
            sex: (f.sex || undefined) as 'female' | undefined,
            legalFramework: (f.legalFramework || undefined) as 'Wmo' | undefined,
            needs,
            avoidNeighbourhoodCodes: avoid,
            consentToShare: consent as true,
          },
        }),
      );
      navigate(`/voordrachten/nieuw?client=${c.id}`, { state: { created: c.reference } });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="tp-narrow">
      <PageTitle title="Nieuwe cliënt">Nieuwe cliënt registreren</PageTitle>
      <Paragraph>Daarna stelt u de voordracht op. Velden zonder "(niet verplicht)" zijn verplicht.</Paragraph>
      <ErrorSummary error={error} errors={errors} labels={LABELS} />
      <form onSubmit={submit} noValidate>
        <TextField label={LABELS.reference} name="reference" value={f.reference} onChange={set('reference')} error={errors.reference} description="Uw eigen dossiernummer; geen naam." required />
        <SelectField
          label={LABELS.originMunicipalityCode}
          name="originMunicipalityCode"
          value={f.originMunicipalityCode}
          onChange={set('originMunicipalityCode')}
          placeholder="Kies een gemeente"
          options={[...ref.municipalities.map((m) => [m.code, m.name] as [string, string]), ['other', 'Buiten de regio (CBS-code invullen)'], ['unknown', 'Onbekend']]}
          error={f.originMunicipalityCode === 'other' ? undefined : errors.originMunicipalityCode}
          description="De gemeente waar de cliënt vandaan komt; daar wordt eerst gezocht (terug naar herkomst)."
          required
        />
        {f.originMunicipalityCode === 'other' && (
          <TextField label="CBS-code van de gemeente van herkomst" name="otherOrigin" value={f.otherOrigin} onChange={set('otherOrigin')} error={errors.originMunicipalityCode} description="Bijvoorbeeld GM0363 voor Amsterdam." width="s" required />
        )}
        <TextField label={LABELS.birthYear} name="birthYear" inputMode="numeric" value={f.birthYear} onChange={set('birthYear')} error={errors.birthYear} width="s" required />
        <TextField label={LABELS.householdSize} name="householdSize" inputMode="numeric" value={f.householdSize} onChange={set('householdSize')} error={errors.householdSize} width="xs" required />
        <SelectField label={LABELS.currentSetting} name="currentSetting" value={f.currentSetting} onChange={set('currentSetting')} placeholder="Kies een voorziening" options={Object.entries(CURRENT_SETTING)} error={errors.currentSetting} required />
        <SelectField label={LABELS.sex} name="sex" value={f.sex} onChange={set('sex')} placeholder="Niet opgegeven" options={Object.entries(SEX)} error={errors.sex} />
        <SelectField label={LABELS.legalFramework} name="legalFramework" value={f.legalFramework} onChange={set('legalFramework')} placeholder="Niet opgegeven" options={Object.entries(LEGAL_FRAMEWORK)} error={errors.legalFramework} />
        <CheckboxGroup label={LABELS.needs} name="needs" values={needs} onChange={setNeeds} options={Object.entries(NEEDS)} error={errors.needs} />
        <CheckboxGroup
          label={LABELS.avoidNeighbourhoodCodes}
          name="avoidNeighbourhoodCodes"
          values={avoid}
          onChange={setAvoid}
          options={ref.neighbourhoods.map((n) => [n.code, `${n.name} (${ref.municipality(n.municipalityCode)})`])}
          error={errors.avoidNeighbourhoodCodes}
          description="Buurten waar de cliënt niet wil of mag wonen."
        />
        <CheckboxField
          label="De cliënt heeft toestemming gegeven om deze gegevens te delen met gemeente en woningcorporatie"
          name="consentToShare"
          checked={consent}
          onChange={setConsent}
          error={errors.consentToShare}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Cliënt registreren
        </Button>
      </form>
    </div>
  );
}

export function ClientDetailPage() {
  const { id = '' } = useParams();
  const ref = useRefData();
  const { data, error } = useLoad(async () => {
    const c = await call(api.GET('/clients/{id}', { params: { path: { id } } }));
    const nominations = (await all((cursor) => call(api.GET('/nominations', { params: { query: { cursor, limit: 500 } } })))).filter((n) => n.clientId === id);
    return { c, nominations };
  }, [id]);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="De cliënt" />;
  const { c, nominations } = data;
  return (
    <>
      <PageTitle title={`Cliënt ${c.reference}`}>Cliënt {c.reference}</PageTitle>
      <dl className="tp-facts">
        <dt>Gemeente van herkomst</dt>
        <dd>{ref.municipality(c.originMunicipalityCode)}</dd>
        <dt>Geboortejaar</dt>
        <dd>{c.birthYear}</dd>
        <dt>Huishouden</dt>
        <dd>{c.householdSize === 1 ? '1 persoon' : `${c.householdSize} personen`}</dd>
        <dt>Verblijft nu in</dt>
        <dd>{label(CURRENT_SETTING, c.currentSetting)}</dd>
        <dt>Geslacht</dt>
        <dd>{label(SEX, c.sex)}</dd>
        <dt>Wettelijk kader</dt>
        <dd>{label(LEGAL_FRAMEWORK, c.legalFramework)}</dd>
        <dt>Woonwensen en -behoeften</dt>
        <dd>{c.needs.length ? c.needs.map((n) => label(NEEDS, n)).join(', ') : 'geen'}</dd>
        <dt>Te vermijden buurten</dt>
        <dd>{c.avoidNeighbourhoodCodes.length ? c.avoidNeighbourhoodCodes.map((b) => ref.neighbourhood(b)).join(', ') : 'geen'}</dd>
        <dt>Toestemming om te delen</dt>
        <dd>{c.consentToShare ? 'vastgelegd' : 'niet vastgelegd'}</dd>
        <dt>Geregistreerd</dt>
        <dd>{formatDate(c.createdAt)}</dd>
      </dl>
      <ButtonGroup>
        <Link to={`/voordrachten/nieuw?client=${c.id}`} className="utrecht-button-link utrecht-button-link--primary-action-button">
          Nieuwe voordracht voor deze cliënt
        </Link>
      </ButtonGroup>
      <DataTable caption="Voordrachten van deze cliënt" head={['Voordracht', 'Stand', 'Ingediend']} empty={nominations.length === 0 && 'Nog geen voordrachten.'}>
        {nominations.map((n) => (
          <tr key={n.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">
              <Link to={`/voordrachten/${n.id}`} className="utrecht-link">
                {label(WOONVARIANT, n.woonvariant)}, {label(CONSTRUCTION, n.construction).toLowerCase()}
              </Link>
            </td>
            <td className="utrecht-table__cell">{label(NOMINATION_STATUS, n.status)}</td>
            <td className="utrecht-table__cell">{formatDate(n.submittedAt)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
