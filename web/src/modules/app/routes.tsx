import type { RouteObject } from 'react-router';
import { AgenciesPage } from '../../pages/AgenciesPage';
import { AgencyEditPage } from '../../pages/AgencyEditPage';
import { AgencyNewPage } from '../../pages/AgencyNewPage';
import { AgencyPage } from '../../pages/AgencyPage';
import { ChangePasswordPage } from '../../pages/ChangePasswordPage';
import { HomePage } from '../../pages/HomePage';
import { MemberNewPage } from '../../pages/MemberNewPage';
import { MemberPage } from '../../pages/MemberPage';
import { MembersPage } from '../../pages/MembersPage';
import { NominalEditPage } from '../../pages/NominalEditPage';
import { NominalPage } from '../../pages/NominalPage';
import { NominalRolePage } from '../../pages/NominalRolePage';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { OcgEditPage } from '../../pages/OcgEditPage';
import { OcgNewPage } from '../../pages/OcgNewPage';
import { OcgNominalNewPage } from '../../pages/OcgNominalNewPage';
import { OcgPage } from '../../pages/OcgPage';
import { OcgPlaceNewPage } from '../../pages/OcgPlaceNewPage';
import { OcgScorePage } from '../../pages/OcgScorePage';
import { OcgsPage } from '../../pages/OcgsPage';
import { OcgVehicleNewPage } from '../../pages/OcgVehicleNewPage';
import { SearchPage } from '../../pages/SearchPage';
import { ImportPage } from '../../pages/ImportPage';
import { ReferralNewPage } from '../../pages/ReferralNewPage';
import { ReferralPage } from '../../pages/ReferralPage';
import { ReferralsPage } from '../../pages/ReferralsPage';
import { NominalIntelligenceNewPage, OcgIntelligenceNewPage } from '../../pages/IntelligenceNewPages';
import { OcgDisruptionNewPage, OcgObjectiveNewPage } from '../../pages/OcgPlanPages';
import { OcgDisruptionEditPage } from '../../pages/OcgDisruptionEditPage';
import { OcgObjectiveEditPage } from '../../pages/OcgObjectiveEditPage';
import { SignInPage } from '../../pages/SignInPage';
import { AccountPage } from '../../pages/AccountPage';
import { TaskActionLogPage } from '../../pages/TaskActionLogPage';
import { TaskBoardPage } from '../../pages/TaskBoardPage';
import { TaskEditPage } from '../../pages/TaskEditPage';
import { TaskNewPage } from '../../pages/TaskNewPage';
import { TaskPage } from '../../pages/TaskPage';
import { TasksMinePage } from '../../pages/TasksMinePage';
import { AttendanceFiguresPage } from '../../pages/AttendanceFiguresPage';
import { EmergingThreatEditPage, EmergingThreatNewPage, EmergingThreatPage } from '../../pages/EmergingThreatPages';
import { EmergingThreatsPage } from '../../pages/EmergingThreatsPage';
import { MeetingEditPage } from '../../pages/MeetingEditPage';
import { MeetingLivePage } from '../../pages/MeetingLivePage';
import { MeetingMinutesPage } from '../../pages/MeetingMinutesPage';
import { MeetingPage } from '../../pages/MeetingPage';
import { MeetingSchedulePage } from '../../pages/MeetingSchedulePage';
import { MeetingsPage } from '../../pages/MeetingsPage';
import { ReportsPage } from '../../pages/ReportsPage';
import { OutcomeReportPage } from '../../pages/OutcomeReportPage';
import { AssessmentsPage } from '../../pages/AssessmentsPage';
import { AssessmentPage } from '../../pages/AssessmentPage';
import { ProjectorPage } from '../../pages/ProjectorPage';
import { AppLayout, PublicLayout } from './components/AppLayout';

export const routes: RouteObject[] = [
  { element: <PublicLayout />, children: [{ path: '/sign-in', element: <SignInPage /> }] },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'agencies', element: <AgenciesPage /> },
      { path: 'agencies/new', element: <AgencyNewPage /> },
      { path: 'agencies/:id', element: <AgencyPage /> },
      { path: 'agencies/:id/edit', element: <AgencyEditPage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'members/new', element: <MemberNewPage /> },
      { path: 'members/:id', element: <MemberPage /> },
      { path: 'ocgs', element: <OcgsPage /> },
      { path: 'ocgs/new', element: <OcgNewPage /> },
      { path: 'ocgs/:id', element: <OcgPage /> },
      { path: 'ocgs/:id/edit', element: <OcgEditPage /> },
      { path: 'ocgs/:id/score', element: <OcgScorePage /> },
      { path: 'ocgs/:id/nominals/new', element: <OcgNominalNewPage /> },
      { path: 'ocgs/:id/nominals/:nominalId/role', element: <NominalRolePage /> },
      { path: 'ocgs/:id/vehicles/new', element: <OcgVehicleNewPage /> },
      { path: 'ocgs/:id/places/new', element: <OcgPlaceNewPage /> },
      { path: 'ocgs/:id/intelligence/new', element: <OcgIntelligenceNewPage /> },
      { path: 'ocgs/:id/plan/new', element: <OcgObjectiveNewPage /> },
      { path: 'ocgs/:id/plan/:objectiveId/edit', element: <OcgObjectiveEditPage /> },
      { path: 'ocgs/:id/disruptions/new', element: <OcgDisruptionNewPage /> },
      { path: 'ocgs/:id/disruptions/:disruptionId/edit', element: <OcgDisruptionEditPage /> },
      { path: 'nominals/:id', element: <NominalPage /> },
      { path: 'nominals/:id/intelligence/new', element: <NominalIntelligenceNewPage /> },
      { path: 'nominals/:id/edit', element: <NominalEditPage /> },
      { path: 'referrals', element: <ReferralsPage /> },
      { path: 'referrals/new', element: <ReferralNewPage /> },
      { path: 'referrals/:id', element: <ReferralPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'tasks/board', element: <TaskBoardPage /> },
      { path: 'tasks/mine', element: <TasksMinePage /> },
      { path: 'tasks/action-log', element: <TaskActionLogPage /> },
      { path: 'tasks/new', element: <TaskNewPage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      { path: 'tasks/:id/edit', element: <TaskEditPage /> },
      { path: 'meetings', element: <MeetingsPage /> },
      { path: 'meetings/schedule', element: <MeetingSchedulePage /> },
      { path: 'meetings/attendance', element: <AttendanceFiguresPage /> },
      { path: 'meetings/:id', element: <MeetingPage /> },
      { path: 'meetings/:id/edit', element: <MeetingEditPage /> },
      { path: 'meetings/:id/live', element: <MeetingLivePage /> },
      { path: 'meetings/:id/minutes', element: <MeetingMinutesPage /> },
      { path: 'emerging-threats', element: <EmergingThreatsPage /> },
      { path: 'emerging-threats/new', element: <EmergingThreatNewPage /> },
      { path: 'emerging-threats/:id', element: <EmergingThreatPage /> },
      { path: 'emerging-threats/:id/edit', element: <EmergingThreatEditPage /> },
      // Charts, the link chart and the map carry large libraries: they load when first visited.
      { path: 'threat-picture', lazy: async () => ({ Component: (await import('../../pages/ThreatPicturePage')).ThreatPicturePage }) },
      { path: 'link-chart', lazy: async () => ({ Component: (await import('../../pages/LinkChartPage')).LinkChartPage }) },
      { path: 'map', lazy: async () => ({ Component: (await import('../../pages/HighHarmMapPage')).HighHarmMapPage }) },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reports/outcomes', element: <OutcomeReportPage /> },
      { path: 'reports/assessments', element: <AssessmentsPage /> },
      { path: 'reports/assessments/:id', element: <AssessmentPage /> },
      { path: 'projector', element: <ProjectorPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
