import { PageTitle } from '../../components/page-title';
import { useI18n } from '../../i18n/i18n-provider';
import { useSession } from '../auth/session-provider';
import { visiblePanels, type HomePanel } from './panels';

/** The home page: the panels of every feature the user's roles may see (see panels.ts). */
export function HomePage({ panels }: { panels: readonly HomePanel[] }) {
  const { m } = useI18n();
  const { state } = useSession();
  const user = state.status === 'signed-in' ? state.user : undefined;
  const shown = visiblePanels(panels, user?.roles ?? []);
  return (
    <>
      <PageTitle title={m.home.title}>{m.home.title}</PageTitle>
      {user && <p className="intro">{m.home.greeting(user.displayName ?? user.username ?? '')}</p>}
      {shown.length === 0 ? (
        <p className="empty">{m.home.noPanel}</p>
      ) : (
        <div className="home-panels">
          {shown.map(({ id, Component }) => (
            <Component key={id} />
          ))}
        </div>
      )}
    </>
  );
}
