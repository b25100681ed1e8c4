import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { Notice } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { PageTitle } from '../../components/page-title';
import { useI18n } from '../../i18n/i18n-provider';
import { LanguageSwitch } from '../../components/language-switch';
import { problemMessage } from '../../lib/problem-message';
import { safeReturnPath } from './permissions';
import { useSession } from './session-provider';

export function LoginPage() {
  const { m } = useI18n();
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (state.status === 'signed-in') {
    return <Navigate to={safeReturnPath(params.get('retour'))} replace />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.slug === 'unauthenticated' ? m.auth.wrongCredentials : problemMessage(m, e));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-shell">
      <header className="login-header">
        <p className="brand">{m.common.appName}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card">
        <PageTitle title={m.auth.title}>{m.auth.title}</PageTitle>
        <p>{m.auth.intro}</p>
        {state.status === 'anonymous' && state.expired && !error && (
          <Notice kind="info">{m.auth.sessionExpired}</Notice>
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <form onSubmit={submit} noValidate>
          <TextField
            id="username"
            label={m.auth.username}
            value={username}
            onChange={setUsername}
            autoComplete="username"
            required
          />
          <TextField
            id="password"
            label={m.auth.password}
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
          />
          <button type="submit" disabled={busy}>
            {busy ? m.auth.submitting : m.auth.submit}
          </button>
        </form>
      </main>
    </div>
  );
}
