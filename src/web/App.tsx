import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AuditPage } from './features/audit/AuditPage.js';
import { HomePage } from './features/home/HomePage.js';
import { AcceptLinkPage } from './features/identity/AcceptLinkPage.js';
import { AccountPage } from './features/identity/AccountPage.js';
import { LoginPage } from './features/identity/LoginPage.js';
import { SettingsPage } from './features/identity/SettingsPage.js';
import { SetupPage } from './features/identity/SetupPage.js';
import { TeamsPage } from './features/identity/TeamsPage.js';
import { TwoFactorRequiredPage } from './features/identity/TwoFactorRequiredPage.js';
import { UsersPage } from './features/identity/UsersPage.js';
import { PeopleListPage } from './features/people/PeopleListPage.js';
import { EditPersonPage, NewPersonPage } from './features/people/PersonFormPage.js';
import { PersonDetailPage } from './features/people/PersonDetailPage.js';
import { ComparePage } from './features/network/ComparePage.js';
import { MapPage } from './features/network/MapPage.js';
import { PrintPage } from './features/network/PrintPage.js';
import { CoachPage, NewCoachPage } from './features/coaching/CoachFormPage.js';
import { CoachesPage } from './features/coaching/CoachesPage.js';
import { DashboardPage } from './features/coaching/DashboardPage.js';
import { MinePage } from './features/coaching/MinePage.js';
import { PlanPrintPage } from './features/coaching/PlanPrintPage.js';
import { RegisterPage } from './features/coaching/RegisterPage.js';
import { SupportPage } from './features/coaching/SupportPage.js';
import { TrajectoryListPage } from './features/coaching/TrajectoryListPage.js';
import { TrajectoryPage } from './features/coaching/TrajectoryPage.js';
import { EvaluationPage } from './features/groups/EvaluationPage.js';
import { GroupPage } from './features/groups/GroupPage.js';
import { GroupsPage } from './features/groups/GroupsPage.js';
import { InterviewPage, InterviewsPage } from './features/groups/InterviewsPage.js';
import { LogbookPage } from './features/groups/LogbookPage.js';
import { NetworkPage } from './features/groups/NetworkPage.js';
import { ParticipantPage } from './features/groups/ParticipantPage.js';
import { SessionPage } from './features/groups/SessionPage.js';
import { useSession } from './session.js';
import { Loading } from './ui/basics.js';
import { Shell } from './ui/Shell.js';

/** Signed-in pages; the permission only decides what is offered, the server decides what is allowed. */
function Protected({ permission, children }: { permission?: string; children: ReactNode }) {
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
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/invite" element={<AcceptLinkPage purpose="invitation" />} />
        <Route path="/reset" element={<AcceptLinkPage purpose="reset" />} />
        <Route path="/two-factor" element={<TwoFactorRequiredPage />} />
        <Route path="/" element={<Protected><HomePage /></Protected>} />
        <Route path="/account" element={<Protected><AccountPage /></Protected>} />
        <Route path="/people" element={<Protected permission="persons.read"><PeopleListPage /></Protected>} />
        <Route path="/people/new" element={<Protected permission="persons.write"><NewPersonPage /></Protected>} />
        <Route path="/people/:id" element={<Protected permission="persons.read"><PersonDetailPage /></Protected>} />
        <Route path="/people/:id/edit" element={<Protected permission="persons.write"><EditPersonPage /></Protected>} />
        <Route path="/people/:personId/maps/:mapId" element={<Protected permission="network.read"><MapPage /></Protected>} />
        <Route path="/people/:personId/maps/:mapId/print" element={<Protected permission="network.read"><PrintPage /></Protected>} />
        <Route path="/people/:personId/compare" element={<Protected permission="network.read"><ComparePage /></Protected>} />
        <Route path="/coaching" element={<Protected permission="coaching.manage"><DashboardPage /></Protected>} />
        <Route path="/coaching/register" element={<Protected permission="coaching.manage"><RegisterPage /></Protected>} />
        <Route path="/coaching/trajectories" element={<Protected permission="coaching.manage"><TrajectoryListPage /></Protected>} />
        <Route path="/coaching/trajectories/:id" element={<Protected permission="coaching.work"><TrajectoryPage /></Protected>} />
        <Route path="/coaching/trajectories/:id/print" element={<Protected permission="coaching.work"><PlanPrintPage /></Protected>} />
        <Route path="/coaching/coaches" element={<Protected permission="coaching.manage"><CoachesPage /></Protected>} />
        <Route path="/coaching/coaches/new" element={<Protected permission="coaching.manage"><NewCoachPage /></Protected>} />
        <Route path="/coaching/coaches/:id" element={<Protected permission="coaching.manage"><CoachPage /></Protected>} />
        <Route path="/coaching/support" element={<Protected permission="coaching.manage"><SupportPage /></Protected>} />
        <Route path="/coaching/mine" element={<Protected permission="coaching.work"><MinePage /></Protected>} />
        <Route path="/groups" element={<Protected permission="groups.work"><GroupsPage /></Protected>} />
        <Route path="/groups/:id" element={<Protected permission="groups.work"><GroupPage /></Protected>} />
        <Route path="/groups/:id/session" element={<Protected permission="groups.work"><SessionPage /></Protected>} />
        <Route path="/groups/:id/logbook" element={<Protected permission="groups.work"><LogbookPage /></Protected>} />
        <Route path="/groups/:id/network" element={<Protected permission="groups.work"><NetworkPage /></Protected>} />
        <Route path="/groups/:id/evaluation" element={<Protected permission="groups.work"><EvaluationPage /></Protected>} />
        <Route path="/groups/participants/:id" element={<Protected permission="groups.work"><ParticipantPage /></Protected>} />
        <Route path="/interviews" element={<Protected permission="interviews.work"><InterviewsPage /></Protected>} />
        <Route path="/interviews/:id" element={<Protected permission="interviews.work"><InterviewPage /></Protected>} />
        <Route path="/admin/users" element={<Protected permission="users.manage"><UsersPage /></Protected>} />
        <Route path="/admin/teams" element={<Protected permission="teams.manage"><TeamsPage /></Protected>} />
        <Route path="/admin/settings" element={<Protected permission="settings.manage"><SettingsPage /></Protected>} />
        <Route path="/admin/audit" element={<Protected permission="audit.read"><AuditPage /></Protected>} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Shell>
  );
}
