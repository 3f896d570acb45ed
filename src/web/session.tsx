import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { ApiError, api, setCsrfToken } from './api.js';
import i18n from './i18n/index.js';

import type { Permission, Session } from '../server/modules/identity/answers.js';

export type { Session };

/** The session's own calls, used by the shell on every page. */
export const sessionCalls = {
  current: () => api<Session>('GET', '/api/auth/session'),
  signOut: () => api('POST', '/api/auth/logout'),
  rememberLocale: (locale: 'nl' | 'en') => api('POST', '/api/account/locale', { locale }),
};

interface SessionState {
  session: Session | null;
  loading: boolean;
  refresh(): Promise<unknown>;
  can(permission: Permission): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

/** The one cache key of the signed-in session. */
export const sessionKey = ['session'] as const;

/**
 * Takes a session fetched outside the provider (signing in again over a page) into use at once:
 * its CSRF token before anything is sent again, and the cache for the next render.
 */
export function adoptSession(client: QueryClient, session: Session) {
  setCsrfToken(session.csrfToken);
  client.setQueryData(sessionKey, session);
}

async function fetchSession(): Promise<Session | null> {
  try {
    return await sessionCalls.current();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000, retry: false });
  const session = query.data ?? null;
  setCsrfToken(session?.csrfToken ?? null);
  useEffect(() => {
    if (session && session.user.locale !== i18n.language) void i18n.changeLanguage(session.user.locale);
  }, [session]);
  const state: SessionState = {
    session,
    loading: query.isLoading,
    refresh: async () => {
      await client.invalidateQueries();
      return query.refetch();
    },
    can: (permission) => session?.permissions.includes(permission) ?? false,
  };
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
