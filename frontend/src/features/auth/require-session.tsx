import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../components/feedback';
import { useSession } from './session-provider';

/** Shows its children to signed-in users; sends others to the login page, remembering where they were. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const back = location.pathname + location.search;
    return <Navigate to={`/connexion?retour=${encodeURIComponent(back)}`} replace />;
  }
  return <>{children}</>;
}
