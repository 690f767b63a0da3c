import { useQuery } from '@apollo/client/react';
import { Loading } from '../../../ui/Loading';
import { LoadFailed } from '../../app/components/StatusContent';
import { TasksQuery } from '../graphql/tasks.query';
import { TaskTable } from './TaskTable';

// The group's tasks that the viewer may see: the whole panel's, or their own agency's.
export function OcgTasks({ panelId, ocgId }: { panelId: string; ocgId: string }) {
  const { data, loading, error } = useQuery(TasksQuery, {
    variables: { panelId, filter: { ocgId }, sort: 'OVERDUE_FIRST', limit: 50, offset: 0 },
  });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return loading ? <Loading /> : null;
  if (data.tasks.nodes.length === 0) return <p className="govuk-body">No tasks are allocated for this group.</p>;
  return <TaskTable tasks={data.tasks.nodes} caption="Tasks for this group" showAgency showGroup={false} />;
}
