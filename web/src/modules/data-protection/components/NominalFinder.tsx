import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { subjectAccessPdfPath } from '@sentinel/shared';
import type { DataProtectionNominalsQuery } from '../../../gql/graphql';
import { Loading } from '../../../ui/Loading';
import { Table, type TableColumn } from '../../../ui/Table';
import { SearchForm, resultsText } from '../../app/components/SearchForm';
import { LoadFailed } from '../../app/components/StatusContent';
import { formatDate } from '../../app/utils/dates';
import { DataProtectionNominalsQuery as Query } from '../graphql/data-protection-nominals.query';

export type FoundNominal = DataProtectionNominalsQuery['dataProtectionNominals']['nodes'][number];

type Props = {
  panelId: string;
  /** Shows this person's entries in the log below. */
  onChoose: (nominal: FoundNominal) => void;
};

/** Finds the person a subject access request is about, by name, alias or reference; each person shown is logged. */
export function NominalFinder({ panelId, onChoose }: Props) {
  const [search, setSearch] = useState('');
  const { data, loading, error } = useQuery(Query, { variables: { panelId, search }, skip: search.length < 2 });
  const columns: TableColumn<FoundNominal>[] = [
    { key: 'ref', header: 'Reference', cell: (n) => n.reference },
    { key: 'name', header: 'Name', cell: (n) => n.displayName },
    { key: 'dob', header: 'Date of birth', cell: (n) => (n.dateOfBirth ? formatDate(n.dateOfBirth) : 'Not recorded') },
    {
      key: 'actions',
      header: 'Subject access',
      cell: (n) => (
        <ul className="govuk-list govuk-!-margin-bottom-0">
          <li>
            <button type="button" className="app-link-button govuk-link" onClick={() => onChoose(n)}>
              Show in the log<span className="govuk-visually-hidden"> for {n.reference}</span>
            </button>
          </li>
          <li>
            <a className="govuk-link" href={subjectAccessPdfPath(n.id)} download="">
              Subject access report (PDF)<span className="govuk-visually-hidden"> for {n.reference}</span>
            </a>
          </li>
        </ul>
      ),
    },
  ];
  return (
    <>
      <SearchForm label="Name, alias or reference" initial={search} onSearch={setSearch} />
      {search.length === 1 && <p className="govuk-body">Enter at least 2 characters.</p>}
      {error && !data ? (
        <LoadFailed message={error.message} />
      ) : loading && !data ? (
        <Loading />
      ) : data ? (
        <>
          <p className="govuk-body" role="status">
            {resultsText(0, data.dataProtectionNominals.nodes.length, data.dataProtectionNominals.totalCount, ['person', 'people'])}
          </p>
          {data.dataProtectionNominals.nodes.length > 0 && (
            <Table caption="People recorded on the panel" columns={columns} rows={[...data.dataProtectionNominals.nodes]} rowKey={(n) => n.id} />
          )}
        </>
      ) : null}
    </>
  );
}
