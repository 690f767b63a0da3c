import { Tag } from '../../../ui/Tag';
import { getFragmentData, type FragmentType } from '../../../gql';
import { formatDate } from '../../app/utils/dates';
import { MarkingTag } from '../../records/components/OcgTags';
import { IntelligenceEntryFragment } from '../graphql/intelligence-entry.fragment';
import { gradingCode, gradingWords } from '../utils/grading';

type Props = { entries: ReadonlyArray<FragmentType<typeof IntelligenceEntryFragment>>; headingLevel?: 3 | 4 };

// Newest first. Handling code C entries carry their conditions with them, wherever they are shown.
export function IntelligenceList({ entries, headingLevel = 3 }: Props) {
  const items = getFragmentData(IntelligenceEntryFragment, entries);
  if (items.length === 0) return <p className="govuk-body">No intelligence is recorded that you may see.</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="govuk-list app-intelligence">
      {items.map((e) => (
        <li key={e.id} className="app-intelligence__entry">
          <Heading className="govuk-heading-s govuk-!-margin-bottom-1">
            {formatDate(e.recordedOn)}, {e.submittingAgency.name}
          </Heading>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            Grading <span className="app-grading">{gradingCode(e)}</span> <span className="govuk-hint govuk-body-s">({gradingWords(e)})</span>{' '}
            <MarkingTag marking={e.gscMarking} />
          </p>
          {e.handling === 'C' && (
            <div className="govuk-warning-text govuk-!-margin-bottom-2">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <div className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                <Tag colour="orange" className="app-tag--inline">
                  Handling C
                </Tag>{' '}
                Share only on these conditions: {e.handlingConditions ?? 'not stated'}
                {e.recipients.length > 0 && <span className="app-block">May be shared with: {e.recipients.map((r) => r.name).join(', ')}</span>}
              </div>
            </div>
          )}
          <p className="govuk-body app-pre-wrap">{e.text}</p>
        </li>
      ))}
    </ul>
  );
}
