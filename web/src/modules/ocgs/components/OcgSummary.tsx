import type { OcgDetailsFragment } from '../../../gql/graphql';
import { SummaryList, type SummaryRow } from '../../../ui/SummaryList';
import { formatDate } from '../../app/utils/dates';
import { areasLabel, crimeTypesLabel } from '../../records/utils/labels';
import { MarkingTag, OcgStatusTag } from '../../records/components/OcgTags';

export function OcgSummary({ ocg, canWrite }: { ocg: OcgDetailsFragment; canWrite: boolean }) {
  const change = (what: string) => (canWrite ? { to: `/ocgs/${ocg.id}/edit`, text: 'Change', visuallyHiddenText: what } : undefined);
  const rows: SummaryRow[] = [
    { key: 'Status', value: <OcgStatusTag status={ocg.status} />, action: change('status') },
    { key: 'Crime types', value: crimeTypesLabel(ocg.crimeTypes), action: change('crime types') },
    { key: 'Areas', value: areasLabel(ocg.areas), action: change('areas') },
    { key: 'Lead responsible officer', value: ocg.lroName ?? 'Not assigned', action: change('lead responsible officer') },
    { key: 'Senior responsible officer', value: ocg.sroName ?? 'Not assigned', action: change('senior responsible officer') },
    { key: 'Date mapped', value: formatDate(ocg.dateMapped), action: change('date mapped') },
    { key: 'Next review', value: formatDate(ocg.nextReviewOn), action: change('next review date') },
    { key: 'Marking', value: <MarkingTag marking={ocg.gscMarking} />, action: change('marking') },
  ];
  if (ocg.summary) rows.splice(1, 0, { key: 'Summary', value: <span className="app-pre-wrap">{ocg.summary}</span>, action: change('summary') });
  return <SummaryList rows={rows} />;
}
