import { Tag } from '../../../ui/Tag';

export function MemberStatusTag({ disabled }: { disabled: boolean }) {
  return disabled ? <Tag colour="grey">Disabled</Tag> : <Tag colour="green">Active</Tag>;
}
