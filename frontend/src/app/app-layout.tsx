import { Outlet, useNavigate } from 'react-router';
import { useSession } from '../features/auth/session-provider';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSwitch } from '../components/language-switch';
import { MainNav } from './main-nav';

export function AppLayout() {
  const { m } = useI18n();
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  const user = state.status === 'signed-in' ? state.user : undefined;
  const roles = (user?.roles ?? [])
    .map((r) => m.auth.roles[r as keyof typeof m.auth.roles] ?? r)
    .join(', ');

  const leave = async () => {
    await signOut();
    navigate('/connexion', { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {m.nav.skip}
      </a>
      <header className="top-bar">
        <div className="brand-block">
          <span className="brand">{m.common.appName}</span>
          <span className="tagline">{m.common.tagline}</span>
        </div>
        <div className="top-actions">
          <LanguageSwitch />
          {user && (
            <section aria-label={m.auth.userMenu} className="user">
              <span className="user-name">{user.displayName ?? user.username}</span>
              {roles && <span className="user-roles"> ({roles})</span>}
              <button type="button" className="secondary" onClick={leave}>
                {m.auth.signOut}
              </button>
            </section>
          )}
        </div>
      </header>
      <MainNav />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
