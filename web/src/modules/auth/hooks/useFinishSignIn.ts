import { useApolloClient } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { ViewerQuery } from '../../app/graphql/viewer.query';
import { landingPath } from '../../app/paths';
import { useViewer } from '../../app/viewer-context';

/** Once the second factor is given: the viewer is read again (the layout then lets the person in) and they go on. */
export function useFinishSignIn(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { viewer } = useViewer();
  return async () => {
    await client.refetchQueries({ include: [ViewerQuery] });
    const from = (location.state as { from?: string } | null)?.from;
    await navigate(from ?? landingPath(viewer.memberships[0]?.permissions ?? []), { replace: true });
  };
}
