import { render, screen, within } from '@testing-library/react';
import type { TaskTimelineFragment } from '../../../gql/graphql';
import { NO_NAMES } from '../utils/timeline';
import { TaskTimeline } from './TaskTimeline';

type Update = TaskTimelineFragment['updates'][number];

const base = {
  text: null,
  fromStatus: null,
  toStatus: null,
  changes: [],
  authorName: 'Alex Chair',
  authorAgencyName: 'Northmoor Police',
  createdAt: '2026-05-04T13:05:00Z',
};

describe('task timeline', () => {
  it('lists an edit field by field with readable labels and values', () => {
    const edit: Update = {
      ...base,
      id: 'u2',
      kind: 'REALLOCATED',
      changes: [
        { field: 'dueOn', before: '"2026-05-01"', after: '"2026-05-15"' },
        { field: 'priority', before: '"MEDIUM"', after: '"HIGH"' },
        { field: 'agencyId', before: '"a-police"', after: '"a-hmrc"' },
        { field: 'ownerUserId', before: null, after: '"u-unknown"' },
      ],
    };
    const names = {
      agencies: new Map([
        ['a-police', 'Northmoor Police'],
        ['a-hmrc', 'HMRC'],
      ]),
      people: new Map<string, string>(),
    };
    render(<TaskTimeline updates={[edit]} names={names} />);
    expect(screen.getByRole('heading', { name: 'Task reallocated' })).toBeInTheDocument();
    const items = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Due date: 1 May 2026 → 15 May 2026',
      'Priority: Medium → High',
      'Agency: Northmoor Police → HMRC',
      'Owner: Owner changed',
    ]);
    expect(screen.getByText('by Alex Chair, Northmoor Police')).toBeInTheDocument();
    expect(screen.getByText('4 May 2026 at 2:05pm')).toBeInTheDocument();
  });

  it('says only "Reallocated" when the agencies cannot be named', () => {
    render(
      <TaskTimeline
        updates={[{ ...base, id: 'u3', kind: 'REALLOCATED', changes: [{ field: 'agencyId', before: '"x"', after: '"y"' }] }]}
        names={NO_NAMES}
      />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Agency: Reallocated');
    expect(screen.queryByText(/"x"|"y"/)).not.toBeInTheDocument();
  });

  it('shows a status change as "Open → In progress", newest first', () => {
    render(
      <TaskTimeline
        updates={[
          { ...base, id: 'u1', kind: 'CREATED' },
          { ...base, id: 'u4', kind: 'STATUS', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', text: 'Visit booked' },
        ]}
        names={NO_NAMES}
      />,
    );
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['Open → In progress', 'Task allocated']);
    expect(screen.getByText('Visit booked')).toBeInTheDocument();
  });
});
