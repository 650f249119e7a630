import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, call, endSession, getToken, Schemas, setTokens, whenUnauthorized } from './api/client';

export type Me = Schemas['CurrentUserResponse'];
export type Role = Me['role'];

interface Session {
  me: Me | null;
  loading: boolean;
  /** Why the user was logged out, shown on the login page. */
  notice: string | null;
  login(email: string, password: string): Promise<void>;
  /** Finishes a login through the organisation's identity provider: the one-time code from the redirect. */
  loginWithCode(code: string): Promise<void>;
  /** Ends the session on the server too (its tokens stop working at once). */
  logout(notice?: string): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(Boolean(getToken()));
  const [notice, setNotice] = useState<string | null>(null);

  const logout = useCallback(async (why?: string) => {
    await endSession();
    setMe(null);
    setNotice(why ?? null);
  }, []);

  useEffect(() => {
    whenUnauthorized(() => {
      setMe(null);
      setNotice('Uw sessie is verlopen. Log opnieuw in.');
    });
    if (!getToken()) return;
    call(api.GET('/auth/me'))
      .then(setMe)
      .catch(() => logout())
      .finally(() => setLoading(false));
  }, [logout]);

  const login = useCallback(async (email: string, password: string) => {
    const t = await call(api.POST('/auth/login', { body: { email, password } }));
    setTokens(t);
    setNotice(null);
    setMe(await call(api.GET('/auth/me')));
  }, []);

  const loginWithCode = useCallback(async (code: string) => {
    const t = await call(api.POST('/auth/oidc/exchange', { body: { code } }));
    setTokens(t);
    setNotice(null);
    setMe(await call(api.GET('/auth/me')));
  }, []);

  const value = useMemo(() => ({ me, loading, notice, login, loginWithCode, logout }), [me, loading, notice, login, loginWithCode, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The logged-in user (pages below the login only). */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('not logged in');
  return me;
}
