import { lazy, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { WithClient } from './client-loader';
import { PublicLayout } from './components/PublicLayout';
import { SignInPage } from '../../pages/SignInPage';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH } from './paths';

type Preload = () => Promise<unknown>;

/**
 * Each page is loaded when first visited, with the documents it asks for; the first page's code is asked for
 * as the app starts (preloadRoute), beside the layout's, rather than after it. Only the sign-in page comes
 * with the app itself: it is the first page most people see, and it needs no API client to show.
 */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): Pick<RouteObject, 'element' | 'handle'> {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return { element: <Page />, handle: { preload: load } };
}

const loadAppLayout = () => import('./components/AppLayout');
const AppLayout = lazy(async () => ({ default: (await loadAppLayout()).AppLayout }));

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      { path: FORGOT_PASSWORD_PATH, ...page(() => import('../../pages/ForgotPasswordPage'), 'ForgotPasswordPage') },
      { path: 'account/invitation', ...page(() => import('../../pages/AcceptInvitationPage'), 'AcceptInvitationPage') },
      { path: 'account/reset-password', ...page(() => import('../../pages/ResetPasswordPage'), 'ResetPasswordPage') },
    ],
  },
  {
    path: '/',
    // The API client is loaded with the signed-in layout, so that the sign-in page does not wait for it.
    element: (
      <WithClient>
        <AppLayout />
      </WithClient>
    ),
    handle: { preload: loadAppLayout },
    children: [
      { index: true, ...page(() => import('../../pages/HomePage'), 'HomePage') },
      { path: 'agencies', ...page(() => import('../../pages/AgenciesPage'), 'AgenciesPage') },
      { path: 'agencies/new', ...page(() => import('../../pages/AgencyNewPage'), 'AgencyNewPage') },
      { path: 'agencies/:id', ...page(() => import('../../pages/AgencyPage'), 'AgencyPage') },
      { path: 'agencies/:id/edit', ...page(() => import('../../pages/AgencyEditPage'), 'AgencyEditPage') },
      { path: 'panel/scoring', ...page(() => import('../../pages/PanelScoringPage'), 'PanelScoringPage') },
      { path: 'panel/mail', ...page(() => import('../../pages/PanelMailPage'), 'PanelMailPage') },
      { path: 'panel/data-protection', ...page(() => import('../../pages/DataProtectionPage'), 'DataProtectionPage') },
      { path: 'members', ...page(() => import('../../pages/MembersPage'), 'MembersPage') },
      { path: 'members/new', ...page(() => import('../../pages/MemberNewPage'), 'MemberNewPage') },
      { path: 'members/review', ...page(() => import('../../pages/MembershipReviewPage'), 'MembershipReviewPage') },
      { path: 'members/:id', ...page(() => import('../../pages/MemberPage'), 'MemberPage') },
      { path: 'ocgs', ...page(() => import('../../pages/OcgsPage'), 'OcgsPage') },
      { path: 'ocgs/new', ...page(() => import('../../pages/OcgNewPage'), 'OcgNewPage') },
      { path: 'ocgs/:id', ...page(() => import('../../pages/OcgPage'), 'OcgPage') },
      { path: 'ocgs/:id/edit', ...page(() => import('../../pages/OcgEditPage'), 'OcgEditPage') },
      { path: 'ocgs/:id/score', ...page(() => import('../../pages/OcgScorePage'), 'OcgScorePage') },
      { path: 'ocgs/:id/nominals/new', ...page(() => import('../../pages/OcgNominalNewPage'), 'OcgNominalNewPage') },
      { path: 'ocgs/:id/nominals/:nominalId/role', ...page(() => import('../../pages/NominalRolePage'), 'NominalRolePage') },
      { path: 'ocgs/:id/vehicles/new', ...page(() => import('../../pages/OcgVehicleNewPage'), 'OcgVehicleNewPage') },
      { path: 'ocgs/:id/places/new', ...page(() => import('../../pages/OcgPlaceNewPage'), 'OcgPlaceNewPage') },
      { path: 'ocgs/:id/places/:placeId/edit', ...page(() => import('../../pages/OcgPlaceEditPage'), 'OcgPlaceEditPage') },
      { path: 'ocgs/:id/intelligence/new', ...page(() => import('../../pages/IntelligenceNewPages'), 'OcgIntelligenceNewPage') },
      { path: 'ocgs/:id/plan/new', ...page(() => import('../../pages/OcgPlanPages'), 'OcgObjectiveNewPage') },
      { path: 'ocgs/:id/plan/:objectiveId/edit', ...page(() => import('../../pages/OcgObjectiveEditPage'), 'OcgObjectiveEditPage') },
      { path: 'ocgs/:id/disruptions/new', ...page(() => import('../../pages/OcgPlanPages'), 'OcgDisruptionNewPage') },
      { path: 'ocgs/:id/disruptions/:disruptionId/edit', ...page(() => import('../../pages/OcgDisruptionEditPage'), 'OcgDisruptionEditPage') },
      { path: 'nominals/:id', ...page(() => import('../../pages/NominalPage'), 'NominalPage') },
      { path: 'nominals/:id/intelligence/new', ...page(() => import('../../pages/IntelligenceNewPages'), 'NominalIntelligenceNewPage') },
      { path: 'nominals/:id/edit', ...page(() => import('../../pages/NominalEditPage'), 'NominalEditPage') },
      { path: 'referrals', ...page(() => import('../../pages/ReferralsPage'), 'ReferralsPage') },
      { path: 'referrals/new', ...page(() => import('../../pages/ReferralNewPage'), 'ReferralNewPage') },
      { path: 'referrals/:id', ...page(() => import('../../pages/ReferralPage'), 'ReferralPage') },
      { path: 'search', ...page(() => import('../../pages/SearchPage'), 'SearchPage') },
      { path: 'import', ...page(() => import('../../pages/ImportPage'), 'ImportPage') },
      { path: 'tasks/board', ...page(() => import('../../pages/TaskBoardPage'), 'TaskBoardPage') },
      { path: 'tasks/mine', ...page(() => import('../../pages/TasksMinePage'), 'TasksMinePage') },
      { path: 'tasks/action-log', ...page(() => import('../../pages/TaskActionLogPage'), 'TaskActionLogPage') },
      { path: 'tasks/new', ...page(() => import('../../pages/TaskNewPage'), 'TaskNewPage') },
      { path: 'tasks/:id', ...page(() => import('../../pages/TaskPage'), 'TaskPage') },
      { path: 'tasks/:id/edit', ...page(() => import('../../pages/TaskEditPage'), 'TaskEditPage') },
      { path: 'meetings', ...page(() => import('../../pages/MeetingsPage'), 'MeetingsPage') },
      { path: 'meetings/schedule', ...page(() => import('../../pages/MeetingSchedulePage'), 'MeetingSchedulePage') },
      { path: 'meetings/attendance', ...page(() => import('../../pages/AttendanceFiguresPage'), 'AttendanceFiguresPage') },
      { path: 'meetings/:id', ...page(() => import('../../pages/MeetingPage'), 'MeetingPage') },
      { path: 'meetings/:id/edit', ...page(() => import('../../pages/MeetingEditPage'), 'MeetingEditPage') },
      { path: 'meetings/:id/hit-check', ...page(() => import('../../pages/HitCheckPage'), 'HitCheckPage') },
      { path: 'meetings/:id/live', ...page(() => import('../../pages/MeetingLivePage'), 'MeetingLivePage') },
      { path: 'meetings/:id/minutes', ...page(() => import('../../pages/MeetingMinutesPage'), 'MeetingMinutesPage') },
      { path: 'emerging-threats', ...page(() => import('../../pages/EmergingThreatsPage'), 'EmergingThreatsPage') },
      { path: 'emerging-threats/new', ...page(() => import('../../pages/EmergingThreatPages'), 'EmergingThreatNewPage') },
      { path: 'emerging-threats/:id', ...page(() => import('../../pages/EmergingThreatPages'), 'EmergingThreatPage') },
      { path: 'emerging-threats/:id/edit', ...page(() => import('../../pages/EmergingThreatPages'), 'EmergingThreatEditPage') },
      { path: 'threat-picture', ...page(() => import('../../pages/ThreatPicturePage'), 'ThreatPicturePage') },
      { path: 'link-chart', ...page(() => import('../../pages/LinkChartPage'), 'LinkChartPage') },
      { path: 'map', ...page(() => import('../../pages/HighHarmMapPage'), 'HighHarmMapPage') },
      { path: 'reports', ...page(() => import('../../pages/ReportsPage'), 'ReportsPage') },
      { path: 'reports/outcomes', ...page(() => import('../../pages/OutcomeReportPage'), 'OutcomeReportPage') },
      { path: 'reports/assessments', ...page(() => import('../../pages/AssessmentsPage'), 'AssessmentsPage') },
      { path: 'reports/assessments/:id', ...page(() => import('../../pages/AssessmentPage'), 'AssessmentPage') },
      { path: 'matches', ...page(() => import('../../pages/CrossPanelMatchesPage'), 'CrossPanelMatchesPage') },
      { path: 'matches/:id', ...page(() => import('../../pages/CrossPanelMatchPage'), 'CrossPanelMatchPage') },
      { path: 'reviews', ...page(() => import('../../pages/RecordReviewsPage'), 'RecordReviewsPage') },
      { path: 'reviews/:id', ...page(() => import('../../pages/RecordReviewPage'), 'RecordReviewPage') },
      { path: 'regions/:id', ...page(() => import('../../pages/RegionPage'), 'RegionPage') },
      { path: 'projector', ...page(() => import('../../pages/ProjectorPage'), 'ProjectorPage') },
      { path: 'account', ...page(() => import('../../pages/AccountPage'), 'AccountPage') },
      { path: 'account/password', ...page(() => import('../../pages/ChangePasswordPage'), 'ChangePasswordPage') },
      { path: 'account/authenticator', ...page(() => import('../../pages/AccountSecondFactorPage'), 'AccountSecondFactorPage') },
      { path: 'second-factor', ...page(() => import('../../pages/SecondFactorCodePage'), 'SecondFactorCodePage') },
      { path: 'second-factor/set-up', ...page(() => import('../../pages/SecondFactorSetUpPage'), 'SecondFactorSetUpPage') },
      { path: 'admin', ...page(() => import('../../pages/AdminPages'), 'AdministrationPage') },
      { path: 'admin/users', ...page(() => import('../../pages/AdminPages'), 'AdminUsersPage') },
      { path: 'admin/panels', ...page(() => import('../../pages/AdminPanelsPages'), 'AdminPanelsPage') },
      { path: 'admin/panels/new', ...page(() => import('../../pages/AdminPanelsPages'), 'AdminPanelNewPage') },
      { path: 'admin/regions', ...page(() => import('../../pages/AdminRegionsPages'), 'AdminRegionsPage') },
      { path: 'admin/regions/new', ...page(() => import('../../pages/AdminRegionsPages'), 'AdminRegionNewPage') },
      { path: 'admin/regions/:id', ...page(() => import('../../pages/AdminRegionsPages'), 'AdminRegionPage') },
      { path: 'admin/single-sign-on', ...page(() => import('../../pages/SingleSignOnPages'), 'SingleSignOnPage') },
      { path: 'admin/single-sign-on/new', ...page(() => import('../../pages/SingleSignOnPages'), 'SingleSignOnNewPage') },
      { path: 'admin/single-sign-on/:id/edit', ...page(() => import('../../pages/SingleSignOnPages'), 'SingleSignOnEditPage') },
      { path: '*', ...page(() => import('../../pages/NotFoundPage'), 'NotFoundPage') },
    ],
  },
];

/** Starts fetching the code of the layouts and page at this address, all at once. */
export function preloadRoute(pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    void (match.route.handle as { preload?: Preload } | undefined)?.preload?.().catch(() => undefined);
  }
}
