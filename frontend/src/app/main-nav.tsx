import { NavLink } from 'react-router';
import { useUseCaseMessages } from '../features/usecases/messages';
import { useScoringMessages } from '../features/scoring/messages';
import { useI18n } from '../i18n/i18n-provider';

/** The features that work; a feature gets its entry when it ships, never before. */
export function MainNav() {
  const { m } = useI18n();
  const { t } = useUseCaseMessages();
  const scoring = useScoringMessages().t;
  return (
    <nav id="main-nav" aria-label={m.nav.label} className="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            {m.shell.home}
          </NavLink>
        </li>
        <li>
          <NavLink to="/registre">{m.nav.register}</NavLink>
        </li>
        <li>
          <NavLink to="/a-faire">{m.todo.nav}</NavLink>
        </li>
        <li>
          <NavLink to="/etablissements">{m.nav.establishments}</NavLink>
        </li>
        <li>
          <NavLink to="/cas-usage">{t.nav}</NavLink>
        </li>
        <li>
          <NavLink to="/priorisation">{scoring.nav}</NavLink>
        </li>
        <li>
          <NavLink to="/incidents">{m.incidents.nav}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
