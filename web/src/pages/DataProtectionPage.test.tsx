import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../test/render';
import { AuditChainStatusQuery } from '../modules/data-protection/graphql/audit-chain-status.query';
import { ConsultationLogQuery } from '../modules/data-protection/graphql/consultation-log.query';
import { LogPeopleQuery } from '../modules/data-protection/graphql/log-people.query';

const chains = (auditOk: boolean): MockLink.MockedResponse => ({
  request: { query: AuditChainStatusQuery, variables: { panelId: 'panel-1' } },
  result: {
    data: {
      auditChainStatus: [
        {
          __typename: 'AuditChainStatus',
          log: 'audit trail',
          verified: auditOk,
          rows: 120,
          problem: auditOk ? null : 'audit trail, chain of panel panel-1, seq 7: row 44 no longer matches its hash',
          checkedAt: '2026-12-01T09:05:00.000Z',
        },
        { __typename: 'AuditChainStatus', log: 'consultation log', verified: true, rows: 1, problem: null, checkedAt: '2026-12-01T09:05:00.000Z' },
      ],
    },
  },
});

const people: MockLink.MockedResponse = {
  request: { query: LogPeopleQuery, variables: { panelId: 'panel-1' } },
  result: {
    data: {
      members: { __typename: 'MemberPage', totalCount: 0, nodes: [] },
      agencies: { __typename: 'AgencyPage', totalCount: 1, nodes: [{ __typename: 'Agency', id: 'agency-1', name: 'HM Revenue and Customs' }] },
    },
  },
};

const entry = {
  __typename: 'ConsultationLogEntry',
  id: '17',
  at: '2026-12-01T09:05:00.000Z',
  action: 'DISCLOSE',
  channel: 'EXPORT',
  purpose: 'Nominals for an HMRC enquiry',
  subjectSummary: 'Nominal × 3',
  actorName: 'DI Tom Ashworth',
  actorAgencyName: 'Northmoor Police',
  disclosedToAgencyName: 'HM Revenue and Customs',
};

const log = (vars: Record<string, unknown>, purpose = entry.purpose): MockLink.MockedResponse => ({
  request: {
    query: ConsultationLogQuery,
    variables: {
      panelId: 'panel-1',
      limit: 25,
      offset: 0,
      nominalId: null,
      userId: null,
      agencyId: null,
      from: null,
      to: null,
      channel: null,
      action: null,
      ...vars,
    },
  },
  result: { data: { consultationLog: { __typename: 'ConsultationLogPage', totalCount: 1, nodes: [{ ...entry, purpose }] } } },
});

describe('the data protection page', () => {
  it('shows a broken chain in red with where it breaks, and the log with who disclosed what to whom', async () => {
    renderRoute('/panel/data-protection', [viewerMock({ role: 'DATA_PROTECTION_OFFICER' }), chains(false), people, log({})]);
    expect(await screen.findByText('Broken')).toHaveClass('govuk-tag--red');
    expect(screen.getByText('audit trail, chain of panel panel-1, seq 7: row 44 no longer matches its hash')).toBeInTheDocument();
    expect(screen.getByText('Verified')).toHaveClass('govuk-tag--green');
    const rows = within(await screen.findByRole('table', { name: 'Consultations and disclosures' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('DisclosureExport');
    expect(rows[1]).toHaveTextContent('DI Tom AshworthNorthmoor Police');
    expect(rows[1]).toHaveTextContent('HM Revenue and Customs');
    expect(rows[1]).toHaveTextContent('Nominal × 3Nominals for an HMRC enquiry');
  });

  it('applies the filters on the button press, and refuses a date that is not one beside its field', async () => {
    renderRoute('/panel/data-protection', [
      viewerMock({ role: 'DATA_PROTECTION_OFFICER' }),
      chains(true),
      people,
      log({}),
      log({ channel: 'EXPORT', agencyId: 'agency-1', from: '2026-11-01' }, 'Filtered export'),
    ]);
    await screen.findByRole('table', { name: 'Consultations and disclosures' });
    await userEvent.type(screen.getByLabelText('From'), '2026-02-30');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Enter the first day as a real date, for example 2026-03-31')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('From'));
    await userEvent.type(screen.getByLabelText('From'), '2026-11-01');
    await userEvent.selectOptions(screen.getByLabelText('Channel'), 'Export');
    await userEvent.selectOptions(screen.getByLabelText('Agency'), 'HM Revenue and Customs');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Filtered export')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
    expect(screen.queryByText(/real date/)).not.toBeInTheDocument();
  });

  it('is not offered to the chair', async () => {
    renderRoute('/panel/data-protection', [viewerMock({ role: 'CHAIR' })]);
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });
});
