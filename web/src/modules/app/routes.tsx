import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { HomePage } from '../../pages/HomePage';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { SignInPage } from '../../pages/SignInPage';
import { AppLayout, PublicLayout } from './components/AppLayout';

/**
 * Each page is loaded when first visited, with the documents it asks for, so that signing in fetches the shell
 * and the home page only.
 */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): RouteObject['lazy'] {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

export const routes: RouteObject[] = [
  { element: <PublicLayout />, children: [{ path: '/sign-in', element: <SignInPage /> }] },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'agencies', lazy: page(() => import('../../pages/AgenciesPage'), 'AgenciesPage') },
      { path: 'agencies/new', lazy: page(() => import('../../pages/AgencyNewPage'), 'AgencyNewPage') },
      { path: 'agencies/:id', lazy: page(() => import('../../pages/AgencyPage'), 'AgencyPage') },
      { path: 'agencies/:id/edit', lazy: page(() => import('../../pages/AgencyEditPage'), 'AgencyEditPage') },
      { path: 'panel/scoring', lazy: page(() => import('../../pages/PanelScoringPage'), 'PanelScoringPage') },
      { path: 'members', lazy: page(() => import('../../pages/MembersPage'), 'MembersPage') },
      { path: 'members/new', lazy: page(() => import('../../pages/MemberNewPage'), 'MemberNewPage') },
      { path: 'members/:id', lazy: page(() => import('../../pages/MemberPage'), 'MemberPage') },
      { path: 'ocgs', lazy: page(() => import('../../pages/OcgsPage'), 'OcgsPage') },
      { path: 'ocgs/new', lazy: page(() => import('../../pages/OcgNewPage'), 'OcgNewPage') },
      { path: 'ocgs/:id', lazy: page(() => import('../../pages/OcgPage'), 'OcgPage') },
      { path: 'ocgs/:id/edit', lazy: page(() => import('../../pages/OcgEditPage'), 'OcgEditPage') },
      { path: 'ocgs/:id/score', lazy: page(() => import('../../pages/OcgScorePage'), 'OcgScorePage') },
      { path: 'ocgs/:id/nominals/new', lazy: page(() => import('../../pages/OcgNominalNewPage'), 'OcgNominalNewPage') },
      { path: 'ocgs/:id/nominals/:nominalId/role', lazy: page(() => import('../../pages/NominalRolePage'), 'NominalRolePage') },
      { path: 'ocgs/:id/vehicles/new', lazy: page(() => import('../../pages/OcgVehicleNewPage'), 'OcgVehicleNewPage') },
      { path: 'ocgs/:id/places/new', lazy: page(() => import('../../pages/OcgPlaceNewPage'), 'OcgPlaceNewPage') },
      { path: 'ocgs/:id/intelligence/new', lazy: page(() => import('../../pages/IntelligenceNewPages'), 'OcgIntelligenceNewPage') },
      { path: 'ocgs/:id/plan/new', lazy: page(() => import('../../pages/OcgPlanPages'), 'OcgObjectiveNewPage') },
      { path: 'ocgs/:id/plan/:objectiveId/edit', lazy: page(() => import('../../pages/OcgObjectiveEditPage'), 'OcgObjectiveEditPage') },
      { path: 'ocgs/:id/disruptions/new', lazy: page(() => import('../../pages/OcgPlanPages'), 'OcgDisruptionNewPage') },
      { path: 'ocgs/:id/disruptions/:disruptionId/edit', lazy: page(() => import('../../pages/OcgDisruptionEditPage'), 'OcgDisruptionEditPage') },
      { path: 'nominals/:id', lazy: page(() => import('../../pages/NominalPage'), 'NominalPage') },
      { path: 'nominals/:id/intelligence/new', lazy: page(() => import('../../pages/IntelligenceNewPages'), 'NominalIntelligenceNewPage') },
      { path: 'nominals/:id/edit', lazy: page(() => import('../../pages/NominalEditPage'), 'NominalEditPage') },
      { path: 'referrals', lazy: page(() => import('../../pages/ReferralsPage'), 'ReferralsPage') },
      { path: 'referrals/new', lazy: page(() => import('../../pages/ReferralNewPage'), 'ReferralNewPage') },
      { path: 'referrals/:id', lazy: page(() => import('../../pages/ReferralPage'), 'ReferralPage') },
      { path: 'search', lazy: page(() => import('../../pages/SearchPage'), 'SearchPage') },
      { path: 'import', lazy: page(() => import('../../pages/ImportPage'), 'ImportPage') },
      { path: 'tasks/board', lazy: page(() => import('../../pages/TaskBoardPage'), 'TaskBoardPage') },
      { path: 'tasks/mine', lazy: page(() => import('../../pages/TasksMinePage'), 'TasksMinePage') },
      { path: 'tasks/action-log', lazy: page(() => import('../../pages/TaskActionLogPage'), 'TaskActionLogPage') },
      { path: 'tasks/new', lazy: page(() => import('../../pages/TaskNewPage'), 'TaskNewPage') },
      { path: 'tasks/:id', lazy: page(() => import('../../pages/TaskPage'), 'TaskPage') },
      { path: 'tasks/:id/edit', lazy: page(() => import('../../pages/TaskEditPage'), 'TaskEditPage') },
      { path: 'meetings', lazy: page(() => import('../../pages/MeetingsPage'), 'MeetingsPage') },
      { path: 'meetings/schedule', lazy: page(() => import('../../pages/MeetingSchedulePage'), 'MeetingSchedulePage') },
      { path: 'meetings/attendance', lazy: page(() => import('../../pages/AttendanceFiguresPage'), 'AttendanceFiguresPage') },
      { path: 'meetings/:id', lazy: page(() => import('../../pages/MeetingPage'), 'MeetingPage') },
      { path: 'meetings/:id/edit', lazy: page(() => import('../../pages/MeetingEditPage'), 'MeetingEditPage') },
      { path: 'meetings/:id/live', lazy: page(() => import('../../pages/MeetingLivePage'), 'MeetingLivePage') },
      { path: 'meetings/:id/minutes', lazy: page(() => import('../../pages/MeetingMinutesPage'), 'MeetingMinutesPage') },
      { path: 'emerging-threats', lazy: page(() => import('../../pages/EmergingThreatsPage'), 'EmergingThreatsPage') },
      { path: 'emerging-threats/new', lazy: page(() => import('../../pages/EmergingThreatPages'), 'EmergingThreatNewPage') },
      { path: 'emerging-threats/:id', lazy: page(() => import('../../pages/EmergingThreatPages'), 'EmergingThreatPage') },
      { path: 'emerging-threats/:id/edit', lazy: page(() => import('../../pages/EmergingThreatPages'), 'EmergingThreatEditPage') },
      { path: 'threat-picture', lazy: page(() => import('../../pages/ThreatPicturePage'), 'ThreatPicturePage') },
      { path: 'link-chart', lazy: page(() => import('../../pages/LinkChartPage'), 'LinkChartPage') },
      { path: 'map', lazy: page(() => import('../../pages/HighHarmMapPage'), 'HighHarmMapPage') },
      { path: 'reports', lazy: page(() => import('../../pages/ReportsPage'), 'ReportsPage') },
      { path: 'reports/outcomes', lazy: page(() => import('../../pages/OutcomeReportPage'), 'OutcomeReportPage') },
      { path: 'reports/assessments', lazy: page(() => import('../../pages/AssessmentsPage'), 'AssessmentsPage') },
      { path: 'reports/assessments/:id', lazy: page(() => import('../../pages/AssessmentPage'), 'AssessmentPage') },
      { path: 'projector', lazy: page(() => import('../../pages/ProjectorPage'), 'ProjectorPage') },
      { path: 'account', lazy: page(() => import('../../pages/AccountPage'), 'AccountPage') },
      { path: 'account/password', lazy: page(() => import('../../pages/ChangePasswordPage'), 'ChangePasswordPage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
