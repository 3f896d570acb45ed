import type { Permission } from '../server/modules/identity/answers.js';
import { type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { HomePage } from './features/home/HomePage.js';
import { AcceptLinkPage } from './features/identity/AcceptLinkPage.js';
import { LoginPage } from './features/identity/LoginPage.js';
import { ReauthDialog } from './features/identity/ReauthDialog.js';
import { SetupPage } from './features/identity/SetupPage.js';
// Loaded at once: after a lazy page's fallback React holds back transitions for a while, which
// would delay the map's list editor (D28, D32).
import { MapPage } from './features/network/MapPage.js';
import { TwoFactorRequiredPage } from './features/identity/TwoFactorRequiredPage.js';
import { useSession } from './session.js';
import { Loading } from './ui/basics.js';
import { lazyPage } from './ui/lazyPage.js';
import { Shell } from './ui/Shell.js';

// Every feature's pages load when first opened; sign-in, set-up and the start page come at once.
const AuditPage = lazyPage(() => import('./features/audit/AuditPage.js'), 'AuditPage');
const PrivacyPage = lazyPage(() => import('./features/privacy/PrivacyPage.js'), 'PrivacyPage');
const AccountPage = lazyPage(() => import('./features/identity/AccountPage.js'), 'AccountPage');
const SettingsPage = lazyPage(() => import('./features/identity/SettingsPage.js'), 'SettingsPage');
const TeamsPage = lazyPage(() => import('./features/identity/TeamsPage.js'), 'TeamsPage');
const UsersPage = lazyPage(() => import('./features/identity/UsersPage.js'), 'UsersPage');
const PeopleListPage = lazyPage(() => import('./features/people/PeopleListPage.js'), 'PeopleListPage');
const EditPersonPage = lazyPage(() => import('./features/people/PersonFormPage.js'), 'EditPersonPage');
const NewPersonPage = lazyPage(() => import('./features/people/PersonFormPage.js'), 'NewPersonPage');
const PersonDetailPage = lazyPage(() => import('./features/people/PersonDetailPage.js'), 'PersonDetailPage');
const ComparePage = lazyPage(() => import('./features/network/ComparePage.js'), 'ComparePage');
const PrintPage = lazyPage(() => import('./features/network/PrintPage.js'), 'PrintPage');
const CoachPage = lazyPage(() => import('./features/coaching/CoachFormPage.js'), 'CoachPage');
const NewCoachPage = lazyPage(() => import('./features/coaching/CoachFormPage.js'), 'NewCoachPage');
const CoachesPage = lazyPage(() => import('./features/coaching/CoachesPage.js'), 'CoachesPage');
const DashboardPage = lazyPage(() => import('./features/coaching/DashboardPage.js'), 'DashboardPage');
const MinePage = lazyPage(() => import('./features/coaching/MinePage.js'), 'MinePage');
const PlanPrintPage = lazyPage(() => import('./features/coaching/PlanPrintPage.js'), 'PlanPrintPage');
const RegisterPage = lazyPage(() => import('./features/coaching/RegisterPage.js'), 'RegisterPage');
const SupportPage = lazyPage(() => import('./features/coaching/SupportPage.js'), 'SupportPage');
const TrajectoryListPage = lazyPage(() => import('./features/coaching/TrajectoryListPage.js'), 'TrajectoryListPage');
const TrajectoryPage = lazyPage(() => import('./features/coaching/TrajectoryPage.js'), 'TrajectoryPage');
const EvaluationPage = lazyPage(() => import('./features/groups/EvaluationPage.js'), 'EvaluationPage');
const GroupPage = lazyPage(() => import('./features/groups/GroupPage.js'), 'GroupPage');
const GroupsPage = lazyPage(() => import('./features/groups/GroupsPage.js'), 'GroupsPage');
const InterviewPage = lazyPage(() => import('./features/groups/InterviewsPage.js'), 'InterviewPage');
const InterviewsPage = lazyPage(() => import('./features/groups/InterviewsPage.js'), 'InterviewsPage');
const LogbookPage = lazyPage(() => import('./features/groups/LogbookPage.js'), 'LogbookPage');
const NetworkPage = lazyPage(() => import('./features/groups/NetworkPage.js'), 'NetworkPage');
const ParticipantPage = lazyPage(() => import('./features/groups/ParticipantPage.js'), 'ParticipantPage');
const ReportPage = lazyPage(() => import('./features/reporting/ReportPage.js'), 'ReportPage');
const SocialMapPage = lazyPage(() => import('./features/socialmap/SocialMapPage.js'), 'SocialMapPage');
const EntryPage = lazyPage(() => import('./features/socialmap/EntryPage.js'), 'EntryPage');
const EntryFormPage = lazyPage(() => import('./features/socialmap/EntryFormPage.js'), 'EntryFormPage');
const UpkeepPage = lazyPage(() => import('./features/socialmap/UpkeepPage.js'), 'UpkeepPage');
const SuggestionsPage = lazyPage(() => import('./features/socialmap/SuggestionsPage.js'), 'SuggestionsPage');
const LeafletPage = lazyPage(() => import('./features/socialmap/LeafletPage.js'), 'LeafletPage');
const SessionPage = lazyPage(() => import('./features/groups/SessionPage.js'), 'SessionPage');

/** Signed-in pages; the permission only decides what is offered, the server decides what is allowed. */
function Protected({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const { session, loading, can } = useSession();
  if (loading) return <Loading />;
  if (!session || session.stage === 'totp') return <Navigate to="/login" replace />;
  if (session.stage === 'totp_setup') return <Navigate to="/two-factor" replace />;
  if (permission && !can(permission)) return <Navigate to="/" replace />;
  return <>{children}</>;
}

export function App() {
  return (
    <Shell>
      <ReauthDialog />
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/invite" element={<AcceptLinkPage purpose="invitation" />} />
          <Route path="/reset" element={<AcceptLinkPage purpose="reset" />} />
          <Route path="/two-factor" element={<TwoFactorRequiredPage />} />
          <Route
            path="/"
            element={
              <Protected>
                <HomePage />
              </Protected>
            }
          />
          <Route
            path="/account"
            element={
              <Protected>
                <AccountPage />
              </Protected>
            }
          />
          <Route
            path="/people"
            element={
              <Protected permission="persons.read">
                <PeopleListPage />
              </Protected>
            }
          />
          <Route
            path="/people/new"
            element={
              <Protected permission="persons.write">
                <NewPersonPage />
              </Protected>
            }
          />
          <Route
            path="/people/:id"
            element={
              <Protected permission="persons.read">
                <PersonDetailPage />
              </Protected>
            }
          />
          <Route
            path="/people/:id/edit"
            element={
              <Protected permission="persons.write">
                <EditPersonPage />
              </Protected>
            }
          />
          <Route
            path="/people/:personId/maps/:mapId"
            element={
              <Protected permission="network.read">
                <MapPage />
              </Protected>
            }
          />
          <Route
            path="/people/:personId/maps/:mapId/print"
            element={
              <Protected permission="network.read">
                <PrintPage />
              </Protected>
            }
          />
          <Route
            path="/people/:personId/compare"
            element={
              <Protected permission="network.read">
                <ComparePage />
              </Protected>
            }
          />
          <Route
            path="/coaching"
            element={
              <Protected permission="coaching.manage">
                <DashboardPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/register"
            element={
              <Protected permission="coaching.manage">
                <RegisterPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/trajectories"
            element={
              <Protected permission="coaching.manage">
                <TrajectoryListPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/trajectories/:id"
            element={
              <Protected permission="coaching.work">
                <TrajectoryPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/trajectories/:id/print"
            element={
              <Protected permission="coaching.work">
                <PlanPrintPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/coaches"
            element={
              <Protected permission="coaching.manage">
                <CoachesPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/coaches/new"
            element={
              <Protected permission="coaching.manage">
                <NewCoachPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/coaches/:id"
            element={
              <Protected permission="coaching.manage">
                <CoachPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/support"
            element={
              <Protected permission="coaching.manage">
                <SupportPage />
              </Protected>
            }
          />
          <Route
            path="/coaching/mine"
            element={
              <Protected permission="coaching.work">
                <MinePage />
              </Protected>
            }
          />
          <Route
            path="/groups"
            element={
              <Protected permission="groups.work">
                <GroupsPage />
              </Protected>
            }
          />
          <Route
            path="/groups/:id"
            element={
              <Protected permission="groups.work">
                <GroupPage />
              </Protected>
            }
          />
          <Route
            path="/groups/:id/session"
            element={
              <Protected permission="groups.work">
                <SessionPage />
              </Protected>
            }
          />
          <Route
            path="/groups/:id/logbook"
            element={
              <Protected permission="groups.work">
                <LogbookPage />
              </Protected>
            }
          />
          <Route
            path="/groups/:id/network"
            element={
              <Protected permission="groups.work">
                <NetworkPage />
              </Protected>
            }
          />
          <Route
            path="/groups/:id/evaluation"
            element={
              <Protected permission="groups.work">
                <EvaluationPage />
              </Protected>
            }
          />
          <Route
            path="/groups/participants/:id"
            element={
              <Protected permission="groups.work">
                <ParticipantPage />
              </Protected>
            }
          />
          <Route
            path="/interviews"
            element={
              <Protected permission="interviews.work">
                <InterviewsPage />
              </Protected>
            }
          />
          <Route
            path="/interviews/:id"
            element={
              <Protected permission="interviews.work">
                <InterviewPage />
              </Protected>
            }
          />
          <Route
            path="/admin/users"
            element={
              <Protected permission="users.manage">
                <UsersPage />
              </Protected>
            }
          />
          <Route
            path="/admin/teams"
            element={
              <Protected permission="teams.manage">
                <TeamsPage />
              </Protected>
            }
          />
          <Route
            path="/admin/settings"
            element={
              <Protected permission="settings.manage">
                <SettingsPage />
              </Protected>
            }
          />
          <Route
            path="/admin/audit"
            element={
              <Protected permission="audit.read">
                <AuditPage />
              </Protected>
            }
          />
          <Route
            path="/admin/privacy"
            element={
              <Protected permission="privacy.manage">
                <PrivacyPage />
              </Protected>
            }
          />
          <Route
            path="/report"
            element={
              <Protected permission="reports.read">
                <ReportPage />
              </Protected>
            }
          />
          <Route
            path="/social-map"
            element={
              <Protected permission="socialmap.read">
                <SocialMapPage />
              </Protected>
            }
          />
          <Route
            path="/social-map/new"
            element={
              <Protected permission="socialmap.keep">
                <EntryFormPage />
              </Protected>
            }
          />
          <Route
            path="/social-map/upkeep"
            element={
              <Protected permission="socialmap.keep">
                <UpkeepPage />
              </Protected>
            }
          />
          <Route
            path="/social-map/for/:personId"
            element={
              <Protected permission="socialmap.read">
                <SuggestionsPage />
              </Protected>
            }
          />
          <Route
            path="/social-map/for/:personId/leaflet"
            element={
              <Protected permission="socialmap.read">
                <LeafletPage />
              </Protected>
            }
          />
          <Route
            path="/social-map/:id"
            element={
              <Protected permission="socialmap.read">
                <EntryPage />
              </Protected>
            }
          />
          <Route
            path="/social-map/:id/edit"
            element={
              <Protected permission="socialmap.keep">
                <EntryFormPage />
              </Protected>
            }
          />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
