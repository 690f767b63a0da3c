import { Link } from 'react-router';
import { Table, type TableColumn } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import type { OcgLinksFragment } from '../../../gql/graphql';
import { CHB_PHASE_LABELS, placeKindLabel } from '../../records/utils/labels';
import { RemoveButton, UnlinkStatus } from './LinkResult';
import { removeButtonId, useUnlink } from './useUnlink';

type Place = OcgLinksFragment['places'][number];

export function placeColumns(): TableColumn<Place>[] {
  return [
    {
      key: 'label',
      header: 'Address or area',
      cell: (p) =>
        p.personalDataWithheld ? (
          <>
            {p.label} <Tag colour="grey">Address withheld</Tag>
          </>
        ) : (
          p.label
        ),
    },
    { key: 'kind', header: 'Kind', cell: (p) => placeKindLabel(p.kind) },
    { key: 'area', header: 'Area', cell: (p) => p.area ?? 'Not recorded' },
    { key: 'highHarm', header: 'Harm', cell: (p) => (p.highHarm ? <Tag colour="red">High harm</Tag> : 'Not high harm') },
    { key: 'chb', header: 'Clear-Hold-Build', cell: (p) => (p.chbPhase ? CHB_PHASE_LABELS[p.chbPhase] : 'Not started') },
  ];
}

export function OcgPlaces({ ocgId, places, canWrite }: { ocgId: string; places: OcgLinksFragment['places']; canWrite: boolean }) {
  const unlink = useUnlink('place', ocgId);
  const columns = placeColumns();
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      cell: (p) => (
        <div className="app-row-actions">
          {/* A home address shown withheld cannot be changed: its stand-in would be saved as the address. */}
          {!p.personalDataWithheld && (
            <Link className="govuk-link" to={`/ocgs/${ocgId}/places/${p.id}/edit`}>
              Change<span className="govuk-visually-hidden"> {p.label}</span>
            </Link>
          )}
          <RemoveButton id={removeButtonId('place', p.id)} label={p.label} disabled={unlink.busy} onRemove={() => unlink.ask(p.id, p.label)} />
        </div>
      ),
    });
  }
  return (
    <>
      <UnlinkStatus unlink={unlink} kind="place" />
      {places.length === 0 ? (
        <p className="govuk-body">No places are linked to this group.</p>
      ) : (
        <Table caption="Places linked to this group" columns={columns} rows={[...places]} rowKey={(p) => p.id} />
      )}
    </>
  );
}
