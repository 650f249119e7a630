import { Button, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { ReactNode } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { Role, useSession } from './auth';
import { ROLE } from './labels';
import { AdminPage } from './pages/Admin';
import { BuurtenPage } from './pages/Buurten';
import { ClientDetailPage, ClientNewPage, ClientsPage } from './pages/Clients';
import { DashboardPage, QueuePage } from './pages/Dashboard';
import { AuditPage, PrivacyTodoPage } from './pages/Audit';
import { ExchangePage } from './pages/Exchange';
import { LoginPage } from './pages/Login';
import { MatchDetailPage, MatchesPage } from './pages/Matches';
import { NominationDetailPage, NominationNewPage, NominationsPage } from './pages/Nominations';
import { NotificationsPage } from './pages/Notifications';
import { PolicyPage } from './pages/Policy';
import { ContingentsPage, DemandPage, MonitorPage } from './pages/Reports';
import { ActionPlanPage } from './pages/ActionPlan';
import { NotificationsNavText, UnreadProvider } from './notifications';
import { SimulationPage } from './pages/Simulation';
import { TenanciesPage } from './pages/Tenancies';
import { TenancyPage } from './pages/Tenancy';
import { TodoPage } from './pages/Todo';
import { VacanciesPage, VacancyDetailPage, VacancyNewPage } from './pages/Vacancies';
import { VacancyUploadPage } from './pages/VacancyUpload';
import { RefDataProvider, useRefData } from './refdata';

const NAV: Record<Role, Array<[string, string]>> = {
  care_provider: [['/', 'Te doen'], ['/clienten', 'Cliënten'], ['/voordrachten', 'Voordrachten'], ['/koppelingen', 'Koppelingen'], ['/huurcontracten', 'Huurcontracten'], ['/meldingen', 'Meldingen']],
  corporation: [['/', 'Te doen'], ['/woningen', 'Woningen'], ['/koppelingen', 'Koppelingen'], ['/huurcontracten', 'Huurcontracten'], ['/meldingen', 'Meldingen']],
  municipal_officer: [['/', 'Te doen'], ['/voordrachten', 'Voordrachten'], ['/koppelingen', 'Koppelingen'], ['/wachtrij', 'Wachtrij'], ['/buurten', 'Buurten'], ['/uitwisseling', 'Uitwisseling'], ['/monitor', 'Monitor'], ['/vraag-en-aanbod', 'Vraag en aanbod'], ['/contingenten', 'Contingenten'], ['/actieplan', 'Actieplan'], ['/wat-als', 'Wat als'], ['/huurcontracten', 'Huurcontracten'], ['/meldingen', 'Meldingen']],
  coordinator: [['/', 'Te doen'], ['/dashboard', 'Dashboard'], ['/koppelingen', 'Koppelingen'], ['/voordrachten', 'Voordrachten'], ['/wachtrij', 'Wachtrij'], ['/buurten', 'Buurten'], ['/uitwisseling', 'Uitwisseling'], ['/monitor', 'Monitor'], ['/vraag-en-aanbod', 'Vraag en aanbod'], ['/contingenten', 'Contingenten'], ['/actieplan', 'Actieplan'], ['/wat-als', 'Wat als'], ['/huurcontracten', 'Huurcontracten'], ['/beleid', 'Beleid'], ['/audit', 'Audit'], ['/meldingen', 'Meldingen']],
  admin: [['/', 'Beheer'], ['/meldingen', 'Meldingen']],
  auditor: [['/', 'Monitor'], ['/vraag-en-aanbod', 'Vraag en aanbod'], ['/contingenten', 'Contingenten'], ['/actieplan', 'Actieplan'], ['/meldingen', 'Meldingen']],
  privacy_officer: [['/', 'Te doen'], ['/audit', 'Audit'], ['/meldingen', 'Meldingen']],
};

/** Who reads the monitor, the demand inventory and the contingents (the auditor as aggregates only). */
const REPORT_ROLES: Role[] = ['coordinator', 'municipal_officer', 'auditor'];

export function App() {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Paragraph role="status">Transferpunt wordt geladen…</Paragraph>;
  if (!me) {
    if (location.pathname !== '/inloggen') return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
    return (
      <Shell>
        <LoginPage />
      </Shell>
    );
  }
  return (
    <RefDataProvider regionCode={me.organisation?.regionCode ?? null}>
      <UnreadProvider>
      <Shell>
        <Routes>
          <Route path="/inloggen" element={<Navigate to="/" replace />} />
          <Route path="/" element={me.role === 'admin' ? <AdminPage /> : me.role === 'auditor' ? <MonitorPage /> : me.role === 'privacy_officer' ? <PrivacyTodoPage /> : <TodoPage />} />
          <Route path="/clienten" element={<ClientsPage />} />
          <Route path="/clienten/nieuw" element={<ClientNewPage />} />
          <Route path="/clienten/:id" element={<ClientDetailPage />} />
          <Route path="/voordrachten" element={<NominationsPage />} />
          <Route path="/voordrachten/nieuw" element={<NominationNewPage />} />
          <Route path="/voordrachten/:id" element={<NominationDetailPage />} />
          <Route path="/woningen" element={<VacanciesPage />} />
          <Route path="/woningen/nieuw" element={<VacancyNewPage />} />
          <Route path="/woningen/bestand" element={<VacancyUploadPage />} />
          <Route path="/woningen/:id" element={<VacancyDetailPage />} />
          <Route path="/koppelingen" element={<MatchesPage />} />
          <Route path="/koppelingen/:id" element={<MatchDetailPage />} />
          <Route path="/buurten" element={<BuurtenPage />} />
          <Route path="/uitwisseling" element={me.role === 'municipal_officer' || me.role === 'coordinator' ? <ExchangePage /> : <NotFound />} />
          <Route path="/monitor" element={REPORT_ROLES.includes(me.role) ? <MonitorPage /> : <NotFound />} />
          <Route path="/vraag-en-aanbod" element={REPORT_ROLES.includes(me.role) ? <DemandPage /> : <NotFound />} />
          <Route path="/contingenten" element={REPORT_ROLES.includes(me.role) ? <ContingentsPage /> : <NotFound />} />
          <Route path="/actieplan" element={REPORT_ROLES.includes(me.role) ? <ActionPlanPage /> : <NotFound />} />
          <Route path="/wachtrij" element={<QueuePage />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/huurcontracten" element={<TenanciesPage />} />
          <Route path="/huurcontracten/:id" element={<TenancyPage />} />
          <Route path="/wat-als" element={<SimulationPage />} />
          <Route path="/meldingen" element={<NotificationsPage />} />
          <Route path="/beleid" element={me.role === 'coordinator' ? <PolicyPage /> : <NotFound />} />
          <Route path="/audit" element={me.role === 'privacy_officer' || me.role === 'coordinator' ? <AuditPage /> : <NotFound />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Shell>
      </UnreadProvider>
    </RefDataProvider>
  );
}

function NotFound() {
  return (
    <>
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <Paragraph>
        Deze pagina bestaat niet. Ga naar <NavLink to="/">Te doen</NavLink>.
      </Paragraph>
    </>
  );
}

function RegionName() {
  try {
    return <>{useRefData().regionName}</>;
  } catch {
    return <>{(import.meta.env.VITE_REGION_NAME as string | undefined) ?? 'Transferpunt'}</>;
  }
}

function Shell({ children }: { children: ReactNode }) {
  const { me, logout } = useSession();
  return (
    <Page className="tp-page">
      <SkipLink href="#main">Direct naar de inhoud</SkipLink>
      <PageHeader className="tp-header">
        <div className="tp-header__bar">
          <div className="tp-brand">
            <span className="tp-brand__name">Transferpunt</span>
            <span className="tp-brand__region">{me ? <RegionName /> : ((import.meta.env.VITE_REGION_NAME as string | undefined) ?? 'Van beschermd wonen naar een beschermd thuis')}</span>
          </div>
          {me && (
            <div className="tp-user">
              <span>
                {me.email}
                <br />
                <small>
                  {ROLE[me.role]}
                  {me.organisation ? ` · ${me.organisation.name}` : ''}
                </small>
              </span>
              <Button appearance="secondary-action-button" onClick={() => logout('U bent uitgelogd.')}>
                Uitloggen
              </Button>
            </div>
          )}
        </div>
        {me && (
          <nav aria-label="Hoofdmenu" className="tp-nav">
            <ul>
              {NAV[me.role].map(([to, text]) => (
                <li key={to}>
                  <NavLink to={to} end={to === '/'} className={({ isActive }) => (isActive ? 'tp-nav__link tp-nav__link--current' : 'tp-nav__link')}>
                    {to === '/meldingen' ? <NotificationsNavText /> : text}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </PageHeader>
      <PageContent>
        <main id="main" className="tp-main">
          {children}
        </main>
      </PageContent>
      <PageFooter className="tp-footer">
        <Paragraph>Transferpunt · bijzondere bemiddeling van beschermd wonen en opvang naar een eigen woning</Paragraph>
      </PageFooter>
    </Page>
  );
}
