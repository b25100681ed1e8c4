import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, body, setUnauthenticatedListener } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { SessionInfo } from '../../api/types';
import { canWrite, type Permission } from './permissions';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; user: SessionInfo };

interface Session {
  state: SessionState;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  can: (permission: Permission) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    api.GET('/api/session').then(
      (r) => active && setState({ status: 'signed-in', user: body(r) }),
      () => active && setState({ status: 'anonymous', expired: false }),
    );
    // Any 401 from now on means the session ended (expired, or signed out elsewhere).
    setUnauthenticatedListener(() =>
      setState((s) => (s.status === 'signed-in' ? { status: 'anonymous', expired: true } : s)),
    );
    return () => {
      active = false;
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const user = body(await api.POST('/api/session', { body: { username, password } }));
    setState({ status: 'signed-in', user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.DELETE('/api/session');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // signed out locally anyway: the cookie is HttpOnly and expires server-side
    }
    setState({ status: 'anonymous', expired: false });
  }, []);

  const value = useMemo<Session>(() => {
    const roles = state.status === 'signed-in' ? (state.user.roles ?? []) : [];
    return { state, signIn, signOut, can: (p) => canWrite(roles, p) };
  }, [state, signIn, signOut]);

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
