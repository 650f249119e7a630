import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, ReactNode, useState } from 'react';
import { api, ApiError, call, Schemas } from '../api/client';
import { useMe } from '../auth';
import { formatDateTime } from '../format';
import { CheckboxField, ErrorSummary, Errors, errorsOf, Loading, Notice, PageTitle, problemText, SelectField, TextField } from '../components/ui';
import { useLoad } from '../hooks';
import { LocalTable } from '../components/LocalTable';
import { label, ROLE } from '../labels';

const ORG_TYPE: Record<string, string> = { corporation: 'Woningcorporatie', care_provider: 'Zorgaanbieder', municipality: 'Gemeente' };

/** A small create form: its fields, its errors next to them, kept on failure; `save` returns the success message. */
function CreateForm({ title, labels, save, children, values }: { title: string; labels: Record<string, string>; values: Record<string, unknown>; save(): Promise<string>; children(errors: Errors): ReactNode }) {
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsOf(error, values);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await save());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="tp-panel" aria-label={title}>
      <Heading2>{title}</Heading2>
      {message && <Notice>{message}</Notice>}
      <ErrorSummary error={error} errors={errors} labels={labels} />
      <div className="tp-columns">{children(errors)}</div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {title}
      </Button>
    </form>
  );
}

type User = Schemas['UserResponse'];

/** The users, with their state (active, locked after failed logins, disabled) and the admin's actions on it. */
function UserTable({ users, organisations, reload }: { users: User[]; organisations: Array<Schemas['OrganisationResponse']>; reload(): void }) {
  const me = useMe();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  async function act(u: User, action: 'unlock' | 'disable' | 'enable') {
    setBusy(u.id);
    setError(null);
    setMessage(null);
    try {
      await call(api.POST(`/users/{id}/${action}`, { params: { path: { id: u.id } } }));
      setMessage({ unlock: `${u.email} is gedeblokkeerd.`, disable: `${u.email} is uitgeschakeld; de sessies van deze gebruiker zijn beëindigd.`, enable: `${u.email} is weer ingeschakeld.` }[action]);
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }
  return (
    <>
      {message && <Notice>{message}</Notice>}
      {error !== null && <Notice type="error">{problemText(error)}</Notice>}
      <LocalTable
        caption="Gebruikers"
        name="zoek-gebruiker"
        rows={users}
        columns={[
          { label: 'E-mailadres', value: (u) => u.email },
          { label: 'Rol', value: (u) => label(ROLE, u.role) },
          { label: 'Organisatie', value: (u) => organisations.find((o) => o.id === u.organisationId)?.name ?? '' },
          { label: 'Status', value: (u) => (u.disabled ? 'Uitgeschakeld' : u.lockedUntil ? 'Geblokkeerd' : 'Actief') },
          { label: 'Acties' },
        ]}
        text={(u) => `${u.email} ${label(ROLE, u.role)} ${organisations.find((o) => o.id === u.organisationId)?.name ?? ''}`}
        empty="Geen gebruikers gevonden."
        render={(u) => (
          <tr key={u.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{u.email}</td>
            <td className="utrecht-table__cell">{label(ROLE, u.role)}</td>
            <td className="utrecht-table__cell">{organisations.find((o) => o.id === u.organisationId)?.name ?? '—'}</td>
            <td className="utrecht-table__cell">{u.disabled ? 'Uitgeschakeld' : u.lockedUntil ? `Geblokkeerd tot ${formatDateTime(u.lockedUntil)}` : 'Actief'}</td>
            <td className="utrecht-table__cell">
              {u.lockedUntil && (
                <Button appearance="secondary-action-button" aria-label={`${u.email} deblokkeren`} disabled={busy === u.id} onClick={() => act(u, 'unlock')}>
                  Deblokkeren
                </Button>
              )}{' '}
              {u.id !== me.id &&
                (u.disabled ? (
                  <Button appearance="secondary-action-button" aria-label={`${u.email} inschakelen`} disabled={busy === u.id} onClick={() => act(u, 'enable')}>
                    Inschakelen
                  </Button>
                ) : (
                  <Button appearance="secondary-action-button" aria-label={`${u.email} uitschakelen`} disabled={busy === u.id} onClick={() => act(u, 'disable')}>
                    Uitschakelen
                  </Button>
                ))}
            </td>
          </tr>
        )}
      />
    </>
  );
}

/**
 * Wijzigen and Verwijderen for one row of a Beheer table. Wijzigen opens a small form in the row (the
 * name, and for a municipality whether it is the centrumgemeente), with its errors next to the fields;
 * Verwijderen asks first, and a refusal (something still refers to it) stands next to the button.
 */
function RowActions({
  id,
  what,
  name,
  isCentre,
  save,
  remove,
  onDone,
}: {
  id: string;
  what: string;
  name: string;
  isCentre?: boolean;
  save(v: { name: string; isCentre?: boolean }): Promise<unknown>;
  remove?(): Promise<unknown>;
  onDone(message: string): void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [value, setValue] = useState({ name, isCentre });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsOf(error, value);
  const removeError = Object.values(errorsOf(error)).join(' ') || (error ? problemText(error) : '');
  async function run(f: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      onDone(await f());
      setMode('view');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  if (mode === 'edit')
    return (
      <form
        noValidate
        aria-label={`${what} wijzigen`}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void run(async () => {
            await save({ name: value.name.trim(), ...(isCentre === undefined ? {} : { isCentre: value.isCentre }) });
            return `${what} is gewijzigd.`;
          });
        }}
      >
        <TextField label={`Naam (${what})`} name={`${id}-name`} value={value.name} onChange={(n) => setValue((x) => ({ ...x, name: n }))} error={errors.name} required />
        {isCentre !== undefined && (
          <CheckboxField label="Centrumgemeente van de regio" name={`${id}-centre`} checked={Boolean(value.isCentre)} onChange={(c) => setValue((x) => ({ ...x, isCentre: c }))} error={errors.isCentre} />
        )}
        {error && !errors.name && !errors.isCentre ? <Notice type="error">{problemText(error)}</Notice> : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Opslaan
          </Button>
          <Button appearance="secondary-action-button" onClick={() => (setMode('view'), setError(null), setValue({ name, isCentre }))}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    );
  if (mode === 'confirm')
    return (
      <div role="group" aria-label={`${what} verwijderen`}>
        <Paragraph>Weet u zeker dat u {what} wilt verwijderen?</Paragraph>
        {error ? <Notice type="error">{removeError}</Notice> : null}
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            busy={busy}
            disabled={busy}
            onClick={() =>
              run(async () => {
                await remove!();
                return `${what} is verwijderd.`;
              })
            }
          >
            Ja, verwijderen<span className="tp-visually-hidden"> ({what})</span>
          </Button>
          <Button appearance="secondary-action-button" onClick={() => (setMode('view'), setError(null))}>
            Annuleren<span className="tp-visually-hidden"> ({what} verwijderen)</span>
          </Button>
        </ButtonGroup>
      </div>
    );
  return (
    <ButtonGroup>
      <Button appearance="secondary-action-button" onClick={() => (setValue({ name, isCentre }), setMode('edit'))}>
        Wijzigen<span className="tp-visually-hidden"> ({what})</span>
      </Button>
      {remove && (
        <Button appearance="secondary-action-button" onClick={() => setMode('confirm')}>
          Verwijderen<span className="tp-visually-hidden"> ({what})</span>
        </Button>
      )}
    </ButtonGroup>
  );
}

/** Beheer: regions, municipalities, buurten, organisations and users. */
export function AdminPage() {
  const { data, error, reload } = useLoad(async () => {
    const [regions, municipalities, neighbourhoods, organisations, users] = await Promise.all([
      call(api.GET('/regions')),
      call(api.GET('/municipalities', { params: { query: {} } })),
      call(api.GET('/neighbourhoods', { params: { query: {} } })),
      call(api.GET('/organisations')),
      call(api.GET('/users')),
    ]);
    return { regions: regions.items, municipalities: municipalities.items, neighbourhoods: neighbourhoods.items, organisations: organisations.items, users: users.items };
  }, []);
  const [region, setRegion] = useState({ code: '', name: '' });
  const [mun, setMun] = useState({ code: '', name: '', regionCode: '' });
  const [isCentre, setIsCentre] = useState(false);
  const [buurt, setBuurt] = useState({ code: '', name: '', municipalityCode: '' });
  const [org, setOrg] = useState({ type: '', name: '', regionCode: '', municipalityCode: '' });
  const [user, setUser] = useState({ email: '', password: '', role: '', organisationId: '' });
  const [oidc, setOidc] = useState({ organisationId: '', issuerUrl: '', clientId: '', clientSecret: '', allowedEmailDomain: '' });

  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    reload();
  };

  if (error) return <Notice type="error">{problemText(error)}</Notice>;
  if (!data) return <Loading />;
  const regions = data.regions.map((r) => [r.code, r.name] as [string, string]);
  const municipalities = data.municipalities.map((m) => [m.code, `${m.name} (${m.code})`] as [string, string]);
  return (
    <>
      <PageTitle title="Beheer">Beheer</PageTitle>
      <Paragraph lead>Regio's, gemeenten, buurten, organisaties en gebruikers van het transferpunt.</Paragraph>

      <CreateForm
        title="Regio toevoegen"
        labels={{ code: 'Code', name: 'Naam' }}
        values={region}
        save={async () => {
          const r = await call(api.POST('/regions', { body: { code: region.code.trim().toUpperCase(), name: region.name.trim() } }));
          setRegion({ code: '', name: '' });
          reload();
          return `${r.name} (${r.code}) is toegevoegd.`;
        }}
      >
        {(errors) => (
          <>
            <TextField label="Code" name="region-code" value={region.code} onChange={(code) => setRegion((x) => ({ ...x, code }))} error={errors.code} description="Hoofdletters, bijvoorbeeld IJSSELLAND." required />
            <TextField label="Naam" name="region-name" value={region.name} onChange={(name) => setRegion((x) => ({ ...x, name }))} error={errors.name} required />
          </>
        )}
      </CreateForm>

      <CreateForm
        title="Gemeente toevoegen"
        labels={{ code: 'CBS-code', name: 'Naam', regionCode: 'Regio', isCentre: 'Centrumgemeente' }}
        values={mun}
        save={async () => {
          const m = await call(api.POST('/municipalities', { body: { code: mun.code.trim().toUpperCase(), name: mun.name.trim(), regionCode: mun.regionCode, isCentre } }));
          setMun({ code: '', name: '', regionCode: mun.regionCode });
          reload();
          return `Gemeente ${m.name} is toegevoegd.`;
        }}
      >
        {(errors) => (
          <>
            <TextField label="CBS-code" name="mun-code" value={mun.code} onChange={(code) => setMun((x) => ({ ...x, code }))} error={errors.code} description="Bijvoorbeeld GM0150." required />
            <TextField label="Naam" name="mun-name" value={mun.name} onChange={(name) => setMun((x) => ({ ...x, name }))} error={errors.name} required />
            <SelectField label="Regio" name="mun-region" value={mun.regionCode} onChange={(regionCode) => setMun((x) => ({ ...x, regionCode }))} placeholder="Kies een regio" options={regions} error={errors.regionCode} required />
            <CheckboxField label="Centrumgemeente van de regio" name="mun-centre" checked={isCentre} onChange={setIsCentre} error={errors.isCentre} />
          </>
        )}
      </CreateForm>

      <CreateForm
        title="Buurt toevoegen"
        labels={{ code: 'CBS-code', name: 'Naam', municipalityCode: 'Gemeente' }}
        values={buurt}
        save={async () => {
          const b = await call(api.POST('/neighbourhoods', { body: { code: buurt.code.trim().toUpperCase(), name: buurt.name.trim(), municipalityCode: buurt.municipalityCode } }));
          setBuurt({ code: '', name: '', municipalityCode: buurt.municipalityCode });
          reload();
          return `Buurt ${b.name} is toegevoegd.`;
        }}
      >
        {(errors) => (
          <>
            <TextField label="CBS-code" name="buurt-code" value={buurt.code} onChange={(code) => setBuurt((x) => ({ ...x, code }))} error={errors.code} description="Bijvoorbeeld BU01500101." required />
            <TextField label="Naam" name="buurt-name" value={buurt.name} onChange={(name) => setBuurt((x) => ({ ...x, name }))} error={errors.name} required />
            <SelectField label="Gemeente" name="buurt-municipality" value={buurt.municipalityCode} onChange={(municipalityCode) => setBuurt((x) => ({ ...x, municipalityCode }))} placeholder="Kies een gemeente" options={municipalities} error={errors.municipalityCode} required />
          </>
        )}
      </CreateForm>

      <CreateForm
        title="Organisatie toevoegen"
        labels={{ type: 'Soort', name: 'Naam', regionCode: 'Regio', municipalityCode: 'Gemeente' }}
        values={org}
        save={async () => {
          const o = await call(
            api.POST('/organisations', { body: { type: org.type as 'corporation', name: org.name.trim(), regionCode: org.regionCode, municipalityCode: org.municipalityCode || undefined } }),
          );
          setOrg({ type: '', name: '', regionCode: org.regionCode, municipalityCode: '' });
          reload();
          return `Organisatie ${o.name} is toegevoegd.`;
        }}
      >
        {(errors) => (
          <>
            <SelectField label="Soort" name="org-type" value={org.type} onChange={(type) => setOrg((x) => ({ ...x, type }))} placeholder="Kies een soort" options={Object.entries(ORG_TYPE)} error={errors.type} required />
            <TextField label="Naam" name="org-name" value={org.name} onChange={(name) => setOrg((x) => ({ ...x, name }))} error={errors.name} required />
            <SelectField label="Regio" name="org-region" value={org.regionCode} onChange={(regionCode) => setOrg((x) => ({ ...x, regionCode }))} placeholder="Kies een regio" options={regions} error={errors.regionCode} required />
            <SelectField label="Gemeente" name="org-municipality" value={org.municipalityCode} onChange={(municipalityCode) => setOrg((x) => ({ ...x, municipalityCode }))} placeholder="Geen" options={municipalities} error={errors.municipalityCode} description="Verplicht voor een gemeente-organisatie." />
          </>
        )}
      </CreateForm>

      <CreateForm
        title="Gebruiker toevoegen"
        labels={{ email: 'E-mailadres', password: 'Wachtwoord', role: 'Rol', organisationId: 'Organisatie' }}
        values={user}
        save={async () => {
          const u = await call(api.POST('/users', { body: { email: user.email.trim(), password: user.password, role: user.role as 'corporation', organisationId: user.organisationId || undefined } }));
          setUser({ email: '', password: '', role: '', organisationId: '' });
          reload();
          return `Gebruiker ${u.email} is toegevoegd.`;
        }}
      >
        {(errors) => (
          <>
            <TextField label="E-mailadres" name="user-email" type="email" autoComplete="off" value={user.email} onChange={(email) => setUser((x) => ({ ...x, email }))} error={errors.email} required />
            <TextField label="Wachtwoord" name="user-password" type="password" autoComplete="new-password" value={user.password} onChange={(password) => setUser((x) => ({ ...x, password }))} error={errors.password} description="Minstens 12 tekens." required />
            <SelectField label="Rol" name="user-role" value={user.role} onChange={(role) => setUser((x) => ({ ...x, role }))} placeholder="Kies een rol" options={Object.entries(ROLE)} error={errors.role} required />
            <SelectField
              label="Organisatie"
              name="user-organisation"
              value={user.organisationId}
              onChange={(organisationId) => setUser((x) => ({ ...x, organisationId }))}
              placeholder="Geen (alleen voor beheerders)"
              options={data.organisations.map((o) => [o.id, `${o.name} (${ORG_TYPE[o.type] ?? o.type})`])}
              error={errors.organisationId}
            />
          </>
        )}
      </CreateForm>

      <CreateForm
        title="Inloggen via eigen organisatie instellen"
        labels={{ organisationId: 'Organisatie', issuerUrl: 'Issuer-URL', clientId: 'Client-id', clientSecret: 'Client-secret', allowedEmailDomain: 'Toegestaan e-maildomein' }}
        values={oidc}
        save={async () => {
          if (!oidc.organisationId) throw new ApiError(400, { detail: 'Kies een organisatie.', errors: [{ field: 'organisationId', message: 'Maak een keuze.' }] });
          const { organisationId, clientSecret, ...rest } = oidc;
          await call(api.PUT('/organisations/{id}/oidc', { params: { path: { id: organisationId } }, body: { ...rest, issuerUrl: rest.issuerUrl.trim(), clientId: rest.clientId.trim(), allowedEmailDomain: rest.allowedEmailDomain.trim(), ...(clientSecret ? { clientSecret } : {}) } }));
          setOidc({ organisationId: '', issuerUrl: '', clientId: '', clientSecret: '', allowedEmailDomain: '' });
          return `Inloggen via de eigen organisatie is ingesteld voor ${data.organisations.find((o) => o.id === organisationId)?.name ?? 'de organisatie'}.`;
        }}
      >
        {(errors) => (
          <>
            <SelectField
              label="Organisatie"
              name="oidc-organisation"
              value={oidc.organisationId}
              onChange={(organisationId) => setOidc((x) => ({ ...x, organisationId }))}
              placeholder="Kies een organisatie"
              options={data.organisations.map((o) => [o.id, `${o.name} (${ORG_TYPE[o.type] ?? o.type})`])}
              error={errors.organisationId}
              required
            />
            <TextField label="Issuer-URL" name="oidc-issuer" autoComplete="off" value={oidc.issuerUrl} onChange={(issuerUrl) => setOidc((x) => ({ ...x, issuerUrl }))} error={errors.issuerUrl} description="Het adres van de inlogdienst (OpenID Connect) van de organisatie." required />
            <TextField label="Client-id" name="oidc-client-id" autoComplete="off" value={oidc.clientId} onChange={(clientId) => setOidc((x) => ({ ...x, clientId }))} error={errors.clientId} required />
            <TextField label="Client-secret" name="oidc-client-secret" type="password" autoComplete="new-password" value={oidc.clientSecret} onChange={(clientSecret) => setOidc((x) => ({ ...x, clientSecret }))} error={errors.clientSecret} description="Wordt versleuteld bewaard en nooit getoond. Laat leeg om het bewaarde te houden." />
            <TextField label="Toegestaan e-maildomein" name="oidc-domain" autoComplete="off" value={oidc.allowedEmailDomain} onChange={(allowedEmailDomain) => setOidc((x) => ({ ...x, allowedEmailDomain }))} error={errors.allowedEmailDomain} description="Bijvoorbeeld gemeente.example.nl." required />
          </>
        )}
      </CreateForm>

      <div aria-live="polite">{done && <Notice>{done}</Notice>}</div>
      <Heading2>Regio's</Heading2>
      <LocalTable
        caption="Regio's"
        name="zoek-regio"
        rows={data.regions}
        columns={[{ label: 'Regio', value: (r) => r.name }, { label: 'Code', value: (r) => r.code }, { label: 'Acties' }]}
        text={(r) => `${r.name} ${r.code}`}
        empty="Geen regio's gevonden."
        render={(r) => (
          <tr key={r.code} className="utrecht-table__row">
            <td className="utrecht-table__cell">{r.name}</td>
            <td className="utrecht-table__cell">{r.code}</td>
            <td className="utrecht-table__cell">
              <RowActions id={`region-${r.code}`} what={`regio ${r.name}`} name={r.name} onDone={changed} save={(v) => call(api.PATCH('/regions/{code}', { params: { path: { code: r.code } }, body: { name: v.name } }))} />
            </td>
          </tr>
        )}
      />
      <Heading2>Gemeenten</Heading2>
      <LocalTable
        caption="Gemeenten per regio"
        name="zoek-gemeente"
        rows={data.municipalities}
        columns={[
          { label: 'Regio', value: (m) => data.regions.find((r) => r.code === m.regionCode)?.name ?? m.regionCode },
          { label: 'Gemeente', value: (m) => m.name },
          { label: 'CBS-code', value: (m) => m.code },
          { label: 'Centrumgemeente', value: (m) => (m.isCentre ? 'ja' : 'nee') },
          { label: 'Buurten', value: (m) => data.neighbourhoods.filter((b) => b.municipalityCode === m.code).length },
          { label: 'Acties' },
        ]}
        text={(m) => `${m.name} ${m.code}`}
        empty="Geen gemeenten gevonden."
        render={(m) => (
          <tr key={m.code} className="utrecht-table__row">
            <td className="utrecht-table__cell">{data.regions.find((r) => r.code === m.regionCode)?.name ?? m.regionCode}</td>
            <td className="utrecht-table__cell">{m.name}</td>
            <td className="utrecht-table__cell">{m.code}</td>
            <td className="utrecht-table__cell">{m.isCentre ? 'ja' : 'nee'}</td>
            <td className="utrecht-table__cell">{data.neighbourhoods.filter((b) => b.municipalityCode === m.code).length}</td>
            <td className="utrecht-table__cell">
              <RowActions
                id={`mun-${m.code}`}
                what={`gemeente ${m.name}`}
                name={m.name}
                isCentre={m.isCentre}
                onDone={changed}
                save={(v) => call(api.PATCH('/municipalities/{code}', { params: { path: { code: m.code } }, body: v }))}
                remove={() => call(api.DELETE('/municipalities/{code}', { params: { path: { code: m.code } } }))}
              />
            </td>
          </tr>
        )}
      />
      <Heading2>Buurten</Heading2>
      <LocalTable
        caption="Buurten per gemeente"
        name="zoek-buurt"
        rows={data.neighbourhoods}
        columns={[
          { label: 'Gemeente', value: (b) => data.municipalities.find((m) => m.code === b.municipalityCode)?.name ?? b.municipalityCode },
          { label: 'Buurt', value: (b) => b.name },
          { label: 'CBS-code', value: (b) => b.code },
          { label: 'Acties' },
        ]}
        text={(b) => `${b.name} ${b.code} ${data.municipalities.find((m) => m.code === b.municipalityCode)?.name ?? ''}`}
        empty="Geen buurten gevonden."
        render={(b) => (
          <tr key={b.code} className="utrecht-table__row">
            <td className="utrecht-table__cell">{data.municipalities.find((m) => m.code === b.municipalityCode)?.name ?? b.municipalityCode}</td>
            <td className="utrecht-table__cell">{b.name}</td>
            <td className="utrecht-table__cell">{b.code}</td>
            <td className="utrecht-table__cell">
              <RowActions
                id={`buurt-${b.code}`}
                what={`buurt ${b.name}`}
                name={b.name}
                onDone={changed}
                save={(v) => call(api.PATCH('/neighbourhoods/{code}', { params: { path: { code: b.code } }, body: { name: v.name } }))}
                remove={() => call(api.DELETE('/neighbourhoods/{code}', { params: { path: { code: b.code } } }))}
              />
            </td>
          </tr>
        )}
      />
      <Heading2>Organisaties</Heading2>
      <LocalTable
        caption="Organisaties"
        name="zoek-organisatie"
        rows={data.organisations}
        columns={[
          { label: 'Naam', value: (o) => o.name },
          { label: 'Soort', value: (o) => ORG_TYPE[o.type] ?? o.type },
          { label: 'Regio', value: (o) => o.regionCode },
          { label: 'Gemeente', value: (o) => o.municipalityCode ?? '' },
          { label: 'Acties' },
        ]}
        text={(o) => `${o.name} ${ORG_TYPE[o.type] ?? o.type} ${o.municipalityCode ?? ''}`}
        empty="Geen organisaties gevonden."
        render={(o) => (
          <tr key={o.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{o.name}</td>
            <td className="utrecht-table__cell">{ORG_TYPE[o.type] ?? o.type}</td>
            <td className="utrecht-table__cell">{o.regionCode}</td>
            <td className="utrecht-table__cell">{o.municipalityCode ?? '—'}</td>
            <td className="utrecht-table__cell">
              <RowActions
                id={`org-${o.id}`}
                what={`organisatie ${o.name}`}
                name={o.name}
                onDone={changed}
                save={(v) => call(api.PATCH('/organisations/{id}', { params: { path: { id: o.id } }, body: { name: v.name } }))}
                remove={() => call(api.DELETE('/organisations/{id}', { params: { path: { id: o.id } } }))}
              />
            </td>
          </tr>
        )}
      />
      <Heading2>Gebruikers</Heading2>
      <UserTable users={data.users} organisations={data.organisations} reload={reload} />
    </>
  );
}
