import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, call } from '../api/client';
import { Loading, Notice, PageTitle, Pager, problemText, SelectField, StatusTag } from '../components/ui';
import { formatDate, formatDateTime } from '../format';
import { usePaged } from '../hooks';
import { Notification, NOTIFICATION_KIND, notificationLink, notificationText, useUnread } from '../notifications';

/** The user's inbox: newest first, unread ones marked, read one or all, a link to what each is about. */
export function NotificationsPage() {
  const unread = useUnread();
  const [only, setOnly] = useState<'' | 'true'>('');
  const [sort, setSort] = useState<'-createdAt' | 'createdAt'>('-createdAt');
  const list = usePaged((cursor) => call(api.GET('/notifications', { params: { query: { cursor, limit: 20, unread: only || undefined, sort } } })), [only, sort]);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function act(key: string, f: () => Promise<string>) {
    setBusy(key);
    setError(null);
    setDone(null);
    try {
      setDone(await f());
      list.reload();
      unread.refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const markOne = (n: Notification) =>
    act(n.id, async () => {
      await call(api.POST('/notifications/{id}/read', { params: { path: { id: n.id } } }));
      return `De melding "${NOTIFICATION_KIND[n.kind]}" van ${formatDate(n.createdAt)} is gemarkeerd als gelezen.`;
    });
  const markAll = () =>
    act('all', async () => {
      const { marked } = await call(api.POST('/notifications/read-all'));
      return marked === 0 ? 'Er waren geen ongelezen meldingen.' : marked === 1 ? '1 melding is gemarkeerd als gelezen.' : `${marked} meldingen zijn gemarkeerd als gelezen.`;
    });

  return (
    <>
      <PageTitle title="Meldingen">Meldingen</PageTitle>
      <Paragraph lead>
        Meldingen over koppelingen die op uw stap wachten en over evaluaties van huurcontracten. De nieuwste staan bovenaan.
        {unread.count !== null && ` U heeft ${unread.count === 0 ? 'geen ongelezen meldingen' : unread.count === 1 ? '1 ongelezen melding' : `${unread.count} ongelezen meldingen`}.`}
      </Paragraph>
      <div className="tp-toolbar">
        <SelectField label="Tonen" name="unread" value={only} onChange={(v) => setOnly(v as '' | 'true')} options={[['', 'Alle meldingen'], ['true', 'Alleen ongelezen']]} required />
        <SelectField label="Volgorde" name="sort" value={sort} onChange={(v) => setSort(v as '-createdAt' | 'createdAt')} options={[['-createdAt', 'Nieuwste eerst'], ['createdAt', 'Oudste eerst']]} required />
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={markAll} busy={busy === 'all'} disabled={busy !== null || unread.count === 0}>
            Alles gelezen
          </Button>
        </ButtonGroup>
      </div>
      <div aria-live="polite">
        {done && <Notice>{done}</Notice>}
        {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      </div>
      {list.error ? <Notice type="error">{problemText(list.error)}</Notice> : null}
      {list.loading && <Loading what="Meldingen" />}
      {list.data && list.items.length === 0 && <Paragraph className="tp-empty">{only ? 'Geen ongelezen meldingen.' : 'Nog geen meldingen.'}</Paragraph>}
      {list.data && list.items.length > 0 && (
        <ul className="tp-notifications" aria-label={sort === 'createdAt' ? 'Meldingen, oudste eerst' : 'Meldingen, nieuwste eerst'}>
          {list.items.map((n) => {
            const link = notificationLink(n);
            const isUnread = !n.readAt;
            return (
              <li key={n.id} className={`tp-notification${isUnread ? ' tp-notification--unread' : ''}`}>
                <article aria-labelledby={`n-${n.id}`}>
                  <Heading2 id={`n-${n.id}`} className="tp-notification__title">
                    {NOTIFICATION_KIND[n.kind]}
                    {isUnread ? (
                      <>
                        {' '}
                        <StatusTag tone="action">Ongelezen</StatusTag>
                      </>
                    ) : null}
                  </Heading2>
                  <Paragraph className="tp-notification__date">
                    {formatDateTime(n.createdAt)}
                    {n.readAt ? ` · gelezen op ${formatDate(n.readAt)}` : ''}
                  </Paragraph>
                  <Paragraph>{notificationText(n)}</Paragraph>
                  <ButtonGroup>
                    <Link to={link.to} className="utrecht-link">
                      {link.text}
                    </Link>
                    {isUnread && (
                      <Button appearance="secondary-action-button" onClick={() => markOne(n)} busy={busy === n.id} disabled={busy !== null}>
                        Markeer als gelezen<span className="tp-visually-hidden"> ({NOTIFICATION_KIND[n.kind]}, {formatDateTime(n.createdAt)})</span>
                      </Button>
                    )}
                  </ButtonGroup>
                </article>
              </li>
            );
          })}
        </ul>
      )}
      <Pager page={list.page} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
    </>
  );
}
