import { Suspense } from 'react';
import { useRoutes } from 'react-router';
import { routes } from '../routes';
import { LoadingShell } from './PublicLayout';

export function AppRoutes() {
  return <Suspense fallback={<LoadingShell />}>{useRoutes(routes)}</Suspense>;
}
