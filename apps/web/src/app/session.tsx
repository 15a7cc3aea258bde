import { type Me, meSchema, type Permission } from '@vinhdanh/contracts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';

export interface Session {
  /** undefined while the first /auth/me is in flight; null when nobody is logged in. */
  me: Me | null | undefined;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
  /** Whether the user holds a permission anywhere (menu and page gates); records still carry their abilities. */
  can: (permission: Permission) => boolean;
  /** Set when a request was refused with 401 after login: the login page explains the session ended. */
  expired: boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  const setMe = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setMeState(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      setMe(await api.get('/auth/me', { schema: meSchema }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setMe(null);
      else throw err;
    }
  }, [setMe]);

  useEffect(() => {
    refresh().catch(() => setMe(null));
    setUnauthenticatedHandler(() => {
      setExpired(true);
      setMe(null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [refresh, setMe]);

  const login = useCallback(
    async (username: string, password: string) => {
      const next = await api.post('/auth/login', { body: { username, password }, schema: meSchema });
      setExpired(false);
      setMe(next);
      return next;
    },
    [setMe],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setExpired(false);
      setMe(null);
    }
  }, [setMe]);

  const value = useMemo<Session>(
    () => ({
      me,
      login,
      logout,
      refresh,
      expired,
      can: (p) => Boolean(me?.permissions.includes(p)),
    }),
    [me, login, logout, refresh, expired],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
