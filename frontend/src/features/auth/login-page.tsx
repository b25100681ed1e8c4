import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { Notice } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { PageTitle } from '../../components/page-title';
import { useI18n } from '../../i18n/i18n-provider';
import { LanguageSwitch } from '../../components/language-switch';
import { fieldError, violationsToErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problem-message';
import { sentence } from '../../lib/text';
import { safeReturnPath } from './permissions';
import { useSession } from './session-provider';

export function LoginPage() {
  const { m } = useI18n();
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'username' | 'password', string>>>({});
  const [busy, setBusy] = useState(false);

  if (state.status === 'signed-in') {
    return <Navigate to={safeReturnPath(params.get('retour'))} replace />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const missing = {
      ...(username.trim() === '' ? { username: sentence(m.validation.required) } : {}),
      ...(password === '' ? { password: sentence(m.validation.required) } : {}),
    };
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await signIn(username.trim(), password);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.slug === 'validation-error' && e.violations.length > 0) {
        // the server's field messages, on their fields (in the interface language: Accept-Language)
        const mapped = violationsToErrors(e.violations, new Set(['username', 'password']), m.form.itemPrefix);
        const on = (f: 'username' | 'password') => fieldError(mapped, f);
        setFieldErrors({ username: on('username') && sentence(on('username')!), password: on('password') && sentence(on('password')!) });
      } else {
        setError(e.slug === 'unauthenticated' ? m.auth.wrongCredentials : problemMessage(m, e));
      }
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
            error={fieldErrors.username}
            required
          />
          <TextField
            id="password"
            label={m.auth.password}
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            error={fieldErrors.password}
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
