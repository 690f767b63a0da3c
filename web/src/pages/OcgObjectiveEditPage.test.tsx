import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../test/render';
import { AgencyOptionsQuery } from '../modules/agencies/graphql/agency-options.query';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';
import { OcgPlanQuery } from '../modules/plans/graphql/ocg-plan.query';
import { UpdateObjectiveMutation } from '../modules/plans/graphql/update-objective.mutation';
import { conflictReviewRow } from '../test/conflict-review';

const hmrc = { __typename: 'Agency', id: 'agency-2', name: 'HM Revenue and Customs' };
const agencies: MockLink.MockedResponse = {
  request: { query: AgencyOptionsQuery, variables: { panelId: 'panel-1' } },
  result: { data: { agencies: { __typename: 'AgencyPage', totalCount: 1, nodes: [hmrc] } } },
  maxUsageCount: 5,
};
const group: MockLink.MockedResponse = {
  request: { query: OcgQuery, variables: { id: 'ocg-1' } },
  result: {
    data: {
      ocg: {
        __typename: 'Ocg',
        id: 'ocg-1',
        panelId: 'panel-1',
        reference: 'OCG-0001',
        name: 'Operation Osprey',
        status: 'ACTIVE',
        crimeTypes: [],
        areas: [],
        summary: null,
        lroUserId: null,
        lroName: null,
        sroUserId: null,
        sroName: null,
        dateMapped: null,
        nextReviewOn: null,
        archivedAt: null,
        gscMarking: 'OFFICIAL_SENSITIVE',
        tier: null,
        scoreTotal: null,
        scoredAt: null,
        updatedAt: '2026-12-01T10:00:00.000Z',
        version: 1,
        scoreHistory: [],
        nominals: [],
        vehicles: [],
        places: [],
      },
    },
  },
  maxUsageCount: 5,
};

const plan = (version: number, tacticHeadings: string[]): MockLink.MockedResponse => ({
  request: { query: OcgPlanQuery, variables: { id: 'ocg-1' } },
  result: {
    data: {
      ocg: {
        __typename: 'Ocg',
        id: 'ocg-1',
        plan: {
          __typename: 'OcgPlan',
          ocgId: 'ocg-1',
          coveredHeadings: tacticHeadings,
          gaps: [],
          objectives: [
            {
              __typename: 'OcgObjective',
              id: 'obj-1',
              strand: 'PURSUE',
              objective: 'Dismantle the county line',
              tacticHeadings,
              version,
              ownerAgency: hmrc,
            },
          ],
        },
      },
    },
  },
});
const input = (version: number) => ({
  id: 'obj-1',
  version,
  strand: 'PURSUE',
  objective: 'Seize the cash at the tyre business',
  ownerAgencyId: 'agency-2',
  tacticHeadings: [],
});

describe('an objective changed by someone else meanwhile', () => {
  it('names what changed as the form does, lays the two changes side by side, and saves again on the newer version without retyping', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({
      data: {
        updateObjective: {
          __typename: 'OcgObjective',
          id: 'obj-1',
          strand: 'PURSUE',
          objective: 'Seize the cash at the tyre business',
          tacticHeadings: [],
          version: 3,
          ownerAgency: hmrc,
        },
      },
    }));
    const message =
      'This objective was changed by someone else since you opened it: Menu-of-tactics headings it covers changed. Check their changes beside yours, then save again.';
    renderRoute('/ocgs/ocg-1/plan/obj-1/edit', [
      viewerMock(),
      group,
      agencies,
      plan(1, []),
      {
        request: { query: UpdateObjectiveMutation, variables: { input: input(1) } },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['tacticHeadings'] } }] },
      },
      plan(2, ['BUSINESS']),
      { request: { query: UpdateObjectiveMutation, variables: { input: input(2) } }, result: saved },
      plan(3, ['BUSINESS']),
    ]);
    const objective = await screen.findByLabelText('Objective', {}, { timeout: 5000 });
    await user.clear(objective);
    await user.type(objective, 'Seize the cash at the tyre business');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Menu-of-tactics headings it covers changed');
    expect(await conflictReviewRow(/Menu-of-tactics headings it covers/)).toEqual(['None', 'Business']);
    // What the person typed is still in the form; saving again sends it against the newer version.
    expect(screen.getByLabelText('Objective')).toHaveValue('Seize the cash at the tyre business');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  }, 20_000);
});

describe('what the objective form refuses', () => {
  it('keeps an over-long objective whole, counts it, and refuses it at the field without sending it', async () => {
    const user = userEvent.setup();
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    const long = 'o'.repeat(1500);
    renderRoute('/ocgs/ocg-1/plan/obj-1/edit', [
      viewerMock(),
      group,
      agencies,
      plan(1, []),
      { request: { query: UpdateObjectiveMutation, variables: { input: { ...input(1), objective: long } } }, result: sent },
    ]);
    const objective = await screen.findByLabelText('Objective', {}, { timeout: 5000 });
    await user.clear(objective);
    await user.click(objective);
    await user.paste(long);
    expect(objective).toHaveAccessibleDescription(/You have 500 characters too many/);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Objective must be 1,000 characters or fewer' })).toHaveAttribute('href', '#objective');
    expect(objective).toHaveValue(long);
    expect(sent).not.toHaveBeenCalled();
  }, 20_000);
});
