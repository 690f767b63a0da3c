import type { IsaStatus } from '@sentinel/shared';
import { Tag } from '../../../ui/Tag';
import { isaStatusTag } from '../utils/isa-tag';

export function IsaStatusTag({ status }: { status: IsaStatus }) {
  const { text, colour } = isaStatusTag(status);
  return <Tag colour={colour}>{text}</Tag>;
}

// Shown beside the status: an agreement can be in force yet not cover personal data.
export function PersonalDataTag({ allowsPersonalData }: { allowsPersonalData: boolean }) {
  if (allowsPersonalData) return null;
  return (
    <Tag colour="purple" className="govuk-!-margin-left-1">
      No personal data
    </Tag>
  );
}
