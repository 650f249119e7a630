import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api, ApiError, call } from '../api/client';
import { useSession } from '../auth';
import { ErrorSummary, errorsOf, Notice, PageTitle, SelectField, TextField } from '../components/ui';

/** Why a login was refused (the problem's code), in the user's words. */
const REFUSED: Record<string, string> = {
  invalid_credentials: 'Het e-mailadres of het wachtwoord klopt niet.',
  account_locked: 'Er is te vaak een verkeerd wachtwoord ingevoerd. Uw account is daarom tijdelijk geblokkeerd. Probeer het later opnieuw of vraag de beheerder om het te deblokkeren.',
  account_disabled: 'Uw account is uitgeschakeld. Neem contact op met de beheerder van het transferpunt.',
  too_many_requests: 'Er zijn te veel inlogpogingen gedaan. Wacht even en probeer het opnieuw.',
};

/** Why a login through the organisation's identity provider did not finish (`#oidc-fout=…` from the api). */
const OIDC_FAILED: Record<string, string> = {
  not_configured: 'Voor deze organisatie is inloggen via de eigen organisatie niet ingesteld.',
  provider_unreachable: 'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
  expired: 'Het inloggen via uw organisatie duurde te lang of is al afgerond. Probeer het opnieuw.',
  other_browser: 'Het inloggen via uw organisatie is in een ander venster of een andere browser begonnen. Probeer het hier opnieuw.',
  rejected: 'Uw organisatie heeft de inlog niet bevestigd. Probeer het opnieuw.',
  no_account: 'Er is bij het transferpunt geen account van uw organisatie met uw e-mailadres. Vraag de beheerder om een account.',
  domain_not_allowed: 'Uw e-mailadres hoort niet bij deze organisatie.',
  account_disabled: REFUSED.account_disabled,
};

/** "Inloggen via uw organisatie": the organisations with their own identity provider, and the outcome of the redirect back. */
function OrganisationLogin({ onError }: { onError(message: string): void }) {
  const { loginWithCode } = useSession();
  const navigate = useNavigate();
  const [organisations, setOrganisations] = useState<Array<{ id: string; name: string }>>([]);
  const [organisationId, setOrganisationId] = useState('');
  const [missing, setMissing] = useState(false);
  const handled = useRef(false);

  useEffect(() => {
    call(api.GET('/auth/oidc/organisations'))
      .then((r) => setOrganisations(r.items))
      .catch(() => setOrganisations([]));
  }, []);

  useEffect(() => {
    // the api sends the browser back with a one-time code or a reason, in the fragment (never in a query string)
    const hash = new URLSearchParams(window.location.hash.slice(1));
    if (handled.current || (!hash.has('oidc') && !hash.has('oidc-fout'))) return;
    handled.current = true;
    window.history.replaceState(null, '', window.location.pathname);
    const failed = hash.get('oidc-fout');
    if (failed) return onError(OIDC_FAILED[failed] ?? OIDC_FAILED.rejected);
    loginWithCode(hash.get('oidc') ?? '')
      .then(() => navigate('/', { replace: true }))
      .catch(() => onError(OIDC_FAILED.expired));
  }, [loginWithCode, navigate, onError]);

  if (organisations.length === 0) return null;
  function go(e: FormEvent) {
    e.preventDefault();
    if (!organisationId) return setMissing(true);
    window.location.assign(`/api/v1/auth/oidc/${encodeURIComponent(organisationId)}/login`);
  }
  return (
    <form onSubmit={go} noValidate className="tp-panel" aria-label="Inloggen via uw organisatie">
      <Heading2>Inloggen via uw organisatie</Heading2>
      <Paragraph>Heeft uw organisatie een eigen inlogdienst? Kies uw organisatie; u logt daar in en komt daarna hier terug.</Paragraph>
      <SelectField
        label="Organisatie"
        name="oidc-organisation"
        value={organisationId}
        onChange={(v) => {
          setOrganisationId(v);
          setMissing(false);
        }}
        placeholder="Kies uw organisatie"
        options={organisations.map((o) => [o.id, o.name])}
        error={missing ? 'Maak een keuze.' : undefined}
        required
      />
      <Button type="submit" appearance="secondary-action-button">
        Inloggen via uw organisatie
      </Button>
    </form>
  );
}

export function LoginPage() {
  const { login, notice } = useSession();
  const [oidcError, setOidcError] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
      navigate((location.state as { from?: string } | null)?.from ?? '/', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const errors = errorsOf(error, { email, password });
  const refused = error instanceof ApiError ? REFUSED[error.problem.code ?? ''] : undefined;
  return (
    <div className="tp-narrow">
      <PageTitle title="Inloggen">Inloggen</PageTitle>
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw account bij het transferpunt.</Paragraph>
      {notice && <Notice type="info">{notice}</Notice>}
      {oidcError && <Notice type="error">{oidcError}</Notice>}
      {refused ? (
        <Notice type="error">{refused}</Notice>
      ) : (
        <ErrorSummary error={error} errors={errors} labels={{ email: 'E-mailadres', password: 'Wachtwoord' }} />
      )}
      <form onSubmit={submit} noValidate>
        <TextField label="E-mailadres" name="email" type="email" autoComplete="username" value={email} onChange={setEmail} error={errors.email} required />
        <TextField label="Wachtwoord" name="password" type="password" autoComplete="current-password" value={password} onChange={setPassword} error={errors.password} required />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Inloggen
        </Button>
      </form>
      <OrganisationLogin onError={setOidcError} />
    </div>
  );
}
