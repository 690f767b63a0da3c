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
import { NotFoundPage } from '../../pages/NotFoundPage';
import { SignInPage } from '../../pages/SignInPage';
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
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
