import { Outlet } from 'react-router';
import { PROTECTIVE_MARKING } from '@sentinel/shared';
import { Header } from '../../../ui/Header';
import { Loading } from '../../../ui/Loading';
import { PageShell } from '../../../ui/PageShell';
import { SERVICE_NAME } from '../usePageTitle';

/** The header before anyone is known: the service name only. */
export function PublicHeader() {
  return <Header serviceName={SERVICE_NAME} homeHref="/" />;
}

export function PublicLayout() {
  return (
    <PageShell marking={PROTECTIVE_MARKING} header={<PublicHeader />}>
      <Outlet />
    </PageShell>
  );
}

/** The frame shown while the signed-in part of the app loads: the same frame the layout shows while it asks who is signed in. */
export function LoadingShell() {
  return (
    <PageShell marking={PROTECTIVE_MARKING} header={<PublicHeader />}>
      <Loading />
    </PageShell>
  );
}
