import { useQuery } from '@apollo/client/react';
import { PERMISSIONS, type TaskStatus } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { InsetText } from '../ui/InsetText';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { holds, useViewer } from '../modules/app/viewer-context';
import { TasksSubNavigation } from '../modules/tasks/components/TasksSubNavigation';
import { TaskTable } from '../modules/tasks/components/TaskTable';
import { useLiveTaskRefetch } from '../modules/tasks/components/useLiveTaskRefetch';
import { TasksQuery } from '../modules/tasks/graphql/tasks.query';
import type { TaskSort } from '../gql/graphql';
import { OPEN_TASK_STATUSES } from '../modules/tasks/utils/task-status';

// The API bounds the cost of a query; fifty rows of a section stay well inside it.
const SECTION_LIMIT = 50;
const DUE_SOON_DAYS = 14;
const RECENT_DAYS = 30;

type SectionQuery = {
  statuses?: readonly TaskStatus[];
  overdueOnly?: boolean;
  dueWithinDays?: number;
  closedWithinDays?: number;
  sort: TaskSort;
};

function variables(panelId: string, agencyId: string, q: SectionQuery) {
  return {
    panelId,
    filter: {
      agencyId,
      statuses: q.statuses ? [...q.statuses] : null,
      overdueOnly: q.overdueOnly ?? false,
      dueWithinDays: q.dueWithinDays ?? null,
      closedWithinDays: q.closedWithinDays ?? null,
    },
    sort: q.sort,
    limit: SECTION_LIMIT,
    offset: 0,
  };
}

function useSection(panelId: string, agencyId: string, q: SectionQuery) {
  return useQuery(TasksQuery, { variables: variables(panelId, agencyId, q) });
}

type Section = ReturnType<typeof useSection>;

function TaskSection({
  id,
  title,
  hint,
  section,
  exclude = new Set(),
  showUpdate,
}: {
  id: string;
  title: string;
  hint?: string;
  section: Section;
  exclude?: ReadonlySet<string>;
  showUpdate: boolean;
}) {
  const nodes = (section.data?.tasks.nodes ?? []).filter((t) => !exclude.has(t.id));
  return (
    <section className="app-section" aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title}
        {section.data && <span className="govuk-caption-m">{nodes.length === 1 ? '1 task' : `${nodes.length} tasks`}</span>}
      </h2>
      {hint && <p className="govuk-hint">{hint}</p>}
      {section.error && !section.data ? (
        <LoadFailed message={section.error.message} />
      ) : !section.data ? (
        <Loading />
      ) : nodes.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <TaskTable tasks={nodes} caption={title} showUpdate={showUpdate} />
      )}
    </section>
  );
}

function MyAgencyTasks({ panelId, agencyId, showUpdate }: { panelId: string; agencyId: string; showUpdate: boolean }) {
  const overdue = useSection(panelId, agencyId, { overdueOnly: true, sort: 'DUE' });
  const dueSoon = useSection(panelId, agencyId, { dueWithinDays: DUE_SOON_DAYS, sort: 'DUE' });
  const open = useSection(panelId, agencyId, { statuses: OPEN_TASK_STATUSES, sort: 'DUE' });
  const recent = useSection(panelId, agencyId, { statuses: ['COMPLETED', 'NOT_DONE'], closedWithinDays: RECENT_DAYS, sort: 'RECENTLY_UPDATED' });
  useLiveTaskRefetch({ panelId, refetch: () => Promise.all([overdue, dueSoon, open, recent].map((s) => s.refetch())) });
  // "Open (others)" lists what the two sections above do not.
  const shown = new Set([...(overdue.data?.tasks.nodes ?? []), ...(dueSoon.data?.tasks.nodes ?? [])].map((t) => t.id));
  return (
    <>
      <TaskSection id="overdue" title="Overdue" section={overdue} showUpdate={showUpdate} />
      <TaskSection id="due-soon" title={`Due in the next ${DUE_SOON_DAYS} days`} section={dueSoon} showUpdate={showUpdate} />
      <TaskSection
        id="open"
        title="Open (others)"
        hint="Open, in progress or blocked, due later or with no due date"
        section={open}
        exclude={shown}
        showUpdate={showUpdate}
      />
      <TaskSection
        id="recent"
        title={`Recently completed (last ${RECENT_DAYS} days)`}
        hint="Completed, or closed as not done"
        section={recent}
        showUpdate={showUpdate}
      />
    </>
  );
}

export function TasksMinePage() {
  const { viewer, membership } = useViewer();
  usePageTitle("My agency's tasks");
  const showUpdate = holds(membership, PERMISSIONS.TASK_UPDATE_OWN_AGENCY) || holds(membership, PERMISSIONS.TASK_MANAGE);
  return (
    <RequirePermission permission={PERMISSIONS.TASK_READ}>
      <TasksSubNavigation />
      <span className="govuk-caption-l">{viewer.agency?.name}</span>
      <h1 className="govuk-heading-l">My agency's tasks</h1>
      {membership && viewer.agencyId ? (
        <MyAgencyTasks key={membership.panelId} panelId={membership.panelId} agencyId={viewer.agencyId} showUpdate={showUpdate} />
      ) : (
        <InsetText>Your account is not linked to an agency, so no tasks are allocated to you.</InsetText>
      )}
    </RequirePermission>
  );
}
