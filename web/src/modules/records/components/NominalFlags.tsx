import { Tag } from '../../../ui/Tag';

type Flags = { riskToOfficers: boolean; isChild: boolean; isVulnerable: boolean };

export function NominalFlags({ nominal }: { nominal: Flags }) {
  const tags = [
    nominal.riskToOfficers && (
      <Tag key="risk" colour="red" className="app-tag--inline">
        Risk to officers
      </Tag>
    ),
    nominal.isChild && (
      <Tag key="child" colour="orange" className="app-tag--inline">
        Child
      </Tag>
    ),
    nominal.isVulnerable && (
      <Tag key="vulnerable" colour="yellow" className="app-tag--inline">
        Vulnerable or exploited
      </Tag>
    ),
  ].filter(Boolean);
  return tags.length ? <>{tags}</> : <>None</>;
}
