import { Suspense, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { PERMISSIONS, PROTECTIVE_MARKING, secondFactorStep } from '@sentinel/shared';
import { Loading } from '../../../ui/Loading';
import { PageShell, ProjectorShell } from '../../../ui/PageShell';
import { useFocusMainOnNavigate } from '../../../ui/useFocusMainOnNavigate';
import { ServiceNavigation, type NavigationItem } from '../../../ui/ServiceNavigation';
import { ViewerQuery } from '../graphql/viewer.query';
import { PROJECTOR_PATH, SECOND_FACTOR_CODE_PATH, SECOND_FACTOR_SET_UP_PATH, SIGN_IN_PATH } from '../paths';
import { hasErrorCode } from '../utils/api-errors';
import { currentMembership, holds, ViewerProvider } from '../viewer-context';
import { AppHeader } from './AppHeader';
import { PanelSwitcher } from './PanelSwitcher';
import { LoadingShell, PublicHeader } from './PublicLayout';
import { ServiceErrorContent } from './StatusContent';

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const [panelId, setPanelId] = useState<string | null>(null);
  const { data, error, loading } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  useFocusMainOnNavigate(location.pathname);

  if (hasErrorCode(error, 'UNAUTHENTICATED')) {
    return <Navigate to={SIGN_IN_PATH} replace state={{ from: location.pathname }} />;
  }

  if (!data) {
    if (loading || !error) return <LoadingShell />;
    return (
      <PageShell marking={PROTECTIVE_MARKING} header={<PublicHeader />}>
        <ServiceErrorContent message={error.message} />
      </PageShell>
    );
  }

  const viewer = data.viewer;
  // Until the session has its second factor, the only pages are setting up an app or giving its code.
  const step = secondFactorStep(viewer.secondFactor);
  const stepPath = step === 'CODE' ? SECOND_FACTOR_CODE_PATH : step === 'SET_UP' ? SECOND_FACTOR_SET_UP_PATH : null;
  if (stepPath && location.pathname !== stepPath) {
    return <Navigate to={stepPath} replace />;
  }

  const membership = currentMembership(viewer, panelId);
  const selectPanel = (id: string) => {
    setPanelId(id);
    // Records on the current page belong to the old panel.
    void navigate('/');
  };

  const limited = stepPath !== null;
  const items: NavigationItem[] = limited
    ? []
    : [
        { to: '/', text: 'Home', end: true },
        ...(holds(membership, PERMISSIONS.THREAT_PICTURE_READ) ? [{ to: '/threat-picture', text: 'Threat picture' }] : []),
        ...(holds(membership, PERMISSIONS.OCG_READ) ? [{ to: '/ocgs', text: 'Groups' }] : []),
        ...(holds(membership, PERMISSIONS.TASK_READ)
          ? [{ to: holds(membership, PERMISSIONS.TASK_READ_ALL) ? '/tasks/board' : '/tasks/mine', text: 'Tasks', activePrefix: '/tasks' }]
          : []),
        ...(holds(membership, PERMISSIONS.MEETING_READ) ? [{ to: '/meetings', text: 'Meetings' }] : []),
        ...(holds(membership, PERMISSIONS.REFERRAL_CREATE) || holds(membership, PERMISSIONS.REFERRAL_ASSESS)
          ? [{ to: '/referrals', text: 'Referrals' }]
          : []),
        ...(holds(membership, PERMISSIONS.OUTCOME_REPORT_READ) || holds(membership, PERMISSIONS.ASSESSMENT_READ)
          ? [{ to: '/reports', text: 'Reports' }]
          : []),
        ...(holds(membership, PERMISSIONS.RECORD_SEARCH) ? [{ to: '/search', text: 'Search' }] : []),
        ...(holds(membership, PERMISSIONS.AGENCY_READ) ? [{ to: '/agencies', text: 'Agencies' }] : []),
        ...(holds(membership, PERMISSIONS.MEMBER_READ) ? [{ to: '/members', text: 'Members' }] : []),
        ...(holds(membership, PERMISSIONS.DATA_PROTECTION_READ) ? [{ to: '/panel/data-protection', text: 'Data protection' }] : []),
        ...(viewer.isAdmin ? [{ to: '/admin', text: 'Administration', activePrefix: '/admin' }] : []),
      ];

  // The meeting-room screen: large type and nothing of the page frame but the marking.
  if (location.pathname === PROJECTOR_PATH) {
    return (
      <ViewerProvider value={{ viewer, membership, selectPanel }}>
        <ProjectorShell marking={PROTECTIVE_MARKING}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ProjectorShell>
      </ViewerProvider>
    );
  }

  return (
    <ViewerProvider value={{ viewer, membership, selectPanel }}>
      <PageShell
        marking={PROTECTIVE_MARKING}
        header={<AppHeader panelName={membership?.panel.name} personName={viewer.name} />}
        navigation={
          <>
            <ServiceNavigation items={items} />
            {membership && !limited && (
              <PanelSwitcher key={membership.panelId} memberships={viewer.memberships} currentPanelId={membership.panelId} onSwitch={selectPanel} />
            )}
          </>
        }
        footer={membership ? `${membership.panel.name}, ${membership.panel.forceName}` : undefined}
      >
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </PageShell>
    </ViewerProvider>
  );
}
