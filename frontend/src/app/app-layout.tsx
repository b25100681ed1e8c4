import { useState, type KeyboardEvent } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../features/auth/session-provider';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSwitch } from '../components/language-switch';
import { MainNav } from './main-nav';

/**
 * The page shell: header (brand, language, user), main navigation, content. On phones and
 * tablets (below 64rem) the header is one compact row and the navigation, language and user
 * sit behind a "Menu" button (aria-expanded), which closes again on navigation or Escape.
 */
export function AppLayout() {
  const { m } = useI18n();
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // the menu is open for the page it was opened on: any navigation closes it
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === location.key;
  const user = state.status === 'signed-in' ? state.user : undefined;
  const roles = (user?.roles ?? [])
    .map((r) => m.auth.roles[r as keyof typeof m.auth.roles] ?? r)
    .join(', ');

  const leave = async () => {
    await signOut();
    navigate('/connexion', { replace: true });
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      setOpenOn(null);
      document.getElementById('menu-toggle')?.focus();
    }
  };

  return (
    <div className={menuOpen ? 'shell menu-open' : 'shell'} onKeyDown={closeOnEscape}>
      <a className="skip-link" href="#main">
        {m.nav.skip}
      </a>
      <header className="top-bar">
        <div className="brand-block">
          <span className="brand">{m.common.appName}</span>
          <span className="tagline">{m.common.tagline}</span>
        </div>
        <button type="button" id="menu-toggle" className="menu-toggle" aria-expanded={menuOpen}
          aria-controls="site-menu main-nav" onClick={() => setOpenOn(menuOpen ? null : location.key)}>
          <span aria-hidden="true" className="menu-icon">☰</span> {m.shell.menu}
        </button>
        <div id="site-menu" className="top-actions">
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
