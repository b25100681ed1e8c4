import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';

/** Features that exist, then those announced but not yet available (shown, not linked). */
export function MainNav() {
  const { m } = useI18n();
  const soon = [m.nav.workshops, m.nav.useCases, m.nav.certification, m.nav.monitoring, m.nav.dashboards];
  return (
    <nav aria-label={m.nav.label} className="main-nav">
      <ul>
        <li>
          <NavLink to="/registre">{m.nav.register}</NavLink>
        </li>
        <li>
          <NavLink to="/etablissements">{m.nav.establishments}</NavLink>
        </li>
        {soon.map((label) => (
          <li key={label}>
            <span className="nav-disabled" aria-disabled="true">
              {label} <span className="badge muted">{m.common.comingSoon}</span>
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
