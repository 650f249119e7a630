import { Button, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useSession } from '../auth';
import { ErrorSummary, errorsOf, Notice, PageTitle, TextField } from '../components/ui';

/** Why a login was refused (the problem's code), in the user's words. */
const REFUSED: Record<string, string> = {
  invalid_credentials: 'Het e-mailadres of het wachtwoord klopt niet.',
  account_locked: 'Er is te vaak een verkeerd wachtwoord ingevoerd. Uw account is daarom tijdelijk geblokkeerd. Probeer het later opnieuw of vraag de beheerder om het te deblokkeren.',
  account_disabled: 'Uw account is uitgeschakeld. Neem contact op met de beheerder van het transferpunt.',
  too_many_requests: 'Er zijn te veel inlogpogingen gedaan. Wacht even en probeer het opnieuw.',
};

export function LoginPage() {
  const { login, notice } = useSession();
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
    </div>
  );
}
