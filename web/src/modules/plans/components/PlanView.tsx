import { FOUR_P_LABELS, FOUR_P_STRANDS, TACTIC_HEADING_LABELS, type TacticHeading } from '@sentinel/shared';
import { Link } from 'react-router';
import { SummaryCard } from '../../../ui/SummaryCard';
import type { OcgPlanQuery } from '../../../gql/graphql';

type Plan = OcgPlanQuery['ocg']['plan'];

export function gapText(heading: TacticHeading, agencies: ReadonlyArray<{ name: string }>): string {
  const who = agencies.length ? `agencies with powers: ${agencies.map((a) => a.name).join(', ')}` : 'no agency on the panel holds powers under it';
  return `No tactic yet under ${TACTIC_HEADING_LABELS[heading]} — ${who}`;
}

// Enough of the objective to tell one "Change" link from another when links are listed out of context.
function shortText(text: string): string {
  const line = text.trim().split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

export function PlanView({ plan, ocgId, canWrite = false }: { plan: Plan; ocgId: string; canWrite?: boolean }) {
  return (
    <>
      {plan.objectives.length === 0 && <p className="govuk-body">No objectives are set for this group yet.</p>}
      {FOUR_P_STRANDS.map((strand) => {
        const objectives = plan.objectives.filter((o) => o.strand === strand);
        if (objectives.length === 0) return null;
        return (
          <SummaryCard key={strand} title={FOUR_P_LABELS[strand]}>
            <ul className="govuk-list">
              {objectives.map((o) => (
                <li key={o.id} className="app-objective">
                  <p className="govuk-body govuk-!-margin-bottom-1 app-pre-wrap">{o.objective}</p>
                  <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-2">
                    Owner: {o.ownerAgency.name}. Headings:{' '}
                    {o.tacticHeadings.length ? o.tacticHeadings.map((h) => TACTIC_HEADING_LABELS[h]).join(', ') : 'none'}
                  </p>
                  {canWrite && (
                    <p className="govuk-body-s govuk-!-margin-bottom-2">
                      <Link className="govuk-link" to={`/ocgs/${ocgId}/plan/${o.id}/edit`}>
                        Change<span className="govuk-visually-hidden">{` ${FOUR_P_LABELS[strand]} objective: ${shortText(o.objective)}`}</span>
                      </Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </SummaryCard>
        );
      })}
      <h3 className="govuk-heading-s">Gaps in the menu of tactics</h3>
      {plan.gaps.length === 0 ? (
        <p className="govuk-body">Every heading of the menu of tactics has at least one objective.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {plan.gaps.map((g) => (
            <li key={g.heading}>{gapText(g.heading, g.agencies)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
