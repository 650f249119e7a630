import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { all, api, call, Schemas } from './api/client';
export { NOTIFICATION_KIND, notificationLink, notificationText } from './notification-text';

export type Notification = Schemas['NotificationResponse'];

export const countUnread = async () => (await all((cursor) => call(api.GET('/notifications', { params: { query: { unread: 'true', cursor, limit: 500 } } })), 1000)).length;

interface Unread {
  /** Unread notifications of the user; null until known. */
  count: number | null;
  refresh(): void;
}
const Ctx = createContext<Unread>({ count: null, refresh: () => undefined });

/** The unread count for the header: refreshed on every navigation, every minute and after marking read. */
export function UnreadProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    countUnread()
      .then((c) => live && setCount(c))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [location.pathname, location.search, version]);
  useEffect(() => {
    const timer = setInterval(refresh, 60_000);
    return () => clearInterval(timer);
  }, [refresh]);
  const value = useMemo(() => ({ count, refresh }), [count, refresh]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useUnread = () => useContext(Ctx);

/** "Meldingen (3 ongelezen)" for assistive technology; a badge with the number on screen. */
export function NotificationsNavText() {
  const { count } = useUnread();
  return (
    <>
      Meldingen
      {count ? (
        <>
          {' '}
          <span className="tp-badge" aria-hidden="true">
            {count}
          </span>
          <span className="tp-visually-hidden">({count} ongelezen)</span>
        </>
      ) : null}
    </>
  );
}
