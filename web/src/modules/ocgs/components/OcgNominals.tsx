import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../ui/Table';
import type { OcgLinksFragment } from '../../../gql/graphql';
import { NominalFlags } from '../../records/components/NominalFlags';
import { WithheldNotice } from '../../records/components/WithheldNotice';
import { roleLabel } from '../../records/utils/labels';

type Member = OcgLinksFragment['nominals'][number];

function columns(ocgId: string, canWrite: boolean): TableColumn<Member>[] {
  const base: TableColumn<Member>[] = [
    { key: 'reference', header: 'Reference', cell: (m) => m.nominal.reference },
    {
      key: 'name',
      header: 'Name',
      // When withheld, displayName is the reference: no name ever reaches this browser.
      cell: (m) => (
        <Link className="govuk-link" to={`/nominals/${m.nominal.id}`}>
          {m.nominal.personalDataWithheld ? `${m.nominal.reference} (details withheld)` : m.nominal.displayName}
        </Link>
      ),
    },
    { key: 'role', header: 'Role', cell: (m) => roleLabel(m.role) },
    { key: 'flags', header: 'Flags', cell: (m) => <NominalFlags nominal={m.nominal} /> },
  ];
  if (!canWrite) return base;
  return [
    ...base,
    {
      key: 'actions',
      header: 'Actions',
      cell: (m) => (
        <Link className="govuk-link" to={`/ocgs/${ocgId}/nominals/${m.nominal.id}/role`}>
          Change role<span className="govuk-visually-hidden"> of {m.nominal.displayName}</span>
        </Link>
      ),
    },
  ];
}

export function OcgNominals({ ocgId, nominals, canWrite }: { ocgId: string; nominals: OcgLinksFragment['nominals']; canWrite: boolean }) {
  if (nominals.length === 0) return <p className="govuk-body">No nominals are recorded against this group.</p>;
  const withheld = nominals.filter((m) => m.nominal.personalDataWithheld);
  return (
    <>
      {withheld.length > 0 && <WithheldNotice reasons={withheld.map((m) => m.nominal.withheldReason)} />}
      <Table caption="Nominals in this group" columns={columns(ocgId, canWrite)} rows={[...nominals]} rowKey={(m) => m.nominal.id} />
    </>
  );
}
