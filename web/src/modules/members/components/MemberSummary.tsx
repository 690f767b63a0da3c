import { Link } from 'react-router';
import { SummaryList } from '../../../ui/SummaryList';
import type { MemberDetailsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../app/utils/dates';
import { roleLabel } from '../utils/labels';
import { MemberStatusTag } from './MemberStatusTag';

export function MemberSummary({ member }: { member: MemberDetailsFragment }) {
  return (
    <SummaryList
      rows={[
        { key: 'Name', value: member.name },
        { key: 'Email', value: member.email },
        {
          key: 'Agency',
          value: member.agency ? (
            <Link className="govuk-link" to={`/agencies/${member.agency.id}`}>
              {member.agency.name}
            </Link>
          ) : (
            'None'
          ),
        },
        { key: 'Role', value: roleLabel(member.role) },
        { key: 'Status', value: <MemberStatusTag member={member} /> },
        { key: 'Access confirmed', value: formatDateTime(member.accessConfirmedAt) },
      ]}
    />
  );
}
