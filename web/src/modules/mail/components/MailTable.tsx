import { MAIL_KIND_LABELS, MAIL_OUTCOME_LABELS, type MailOutcome } from '@sentinel/shared';
import type { PanelMailQuery } from '../../../gql/graphql';
import { Table, type TableColumn } from '../../../ui/Table';
import { Tag, type TagColour } from '../../../ui/Tag';
import { formatDateTime } from '../../app/utils/dates';

type Message = PanelMailQuery['panelMail']['nodes'][number];

const OUTCOME_COLOURS: Record<MailOutcome, TagColour> = { SENT: 'green', NOT_SENT: 'grey', REFUSED: 'red' };

const columns: TableColumn<Message>[] = [
  { key: 'at', header: 'When', cell: (m) => formatDateTime(m.at) },
  { key: 'to', header: 'To', cell: (m) => <span className="govuk-!-text-break-word">{m.recipient}</span> },
  {
    key: 'subject',
    header: 'About',
    cell: (m) => (
      <>
        {m.subject}
        <span className="app-block govuk-hint govuk-!-margin-bottom-0">{MAIL_KIND_LABELS[m.kind]}</span>
      </>
    ),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    cell: (m) => (
      <>
        <Tag colour={OUTCOME_COLOURS[m.outcome]}>{MAIL_OUTCOME_LABELS[m.outcome]}</Tag>
        {m.reason && <span className="app-block govuk-hint govuk-!-margin-bottom-0">{m.reason}</span>}
      </>
    ),
  },
];

export function MailTable({ messages }: { messages: readonly Message[] }) {
  return <Table caption="Mail to members" columns={columns} rows={[...messages]} rowKey={(m) => m.id} />;
}
