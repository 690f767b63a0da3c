import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../../../test/render';
import { PanelScoringQuery } from '../graphql/panel-scoring.query';
import { UpdatePanelScoringMutation } from '../graphql/update-panel-scoring.mutation';
import { scoringFormValues, scoringInput, type ScoringFormValues } from '../utils/scoring-form';
import { ScoringForm } from './ScoringForm';
import { conflictReviewRow } from '../../../test/conflict-review';

const DEFAULTS = [
  { name: 'Tier 1', minTotal: 60 },
  { name: 'Tier 2', minTotal: 30 },
  { name: 'Tier 3', minTotal: 0 },
];

function setup(tiers = DEFAULTS) {
  const onSubmit = jest.fn<Promise<void>, [ScoringFormValues]>().mockResolvedValue(undefined);
  render(<ScoringForm initialValues={scoringFormValues({ scaleMax: 5, tiers })} onSubmit={onSubmit} heading={<h1>Scoring settings</h1>} />);
  return { onSubmit, user: userEvent.setup() };
}

const tier = (n: number) => within(screen.getByRole('group', { name: `Tier ${n}` }));
const save = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Save scoring' }));

describe('the scoring form', () => {
  it('says what the tiers mean in words, as they are typed', async () => {
    const { user } = setup();
    expect(screen.getByTestId('tier-ranges')).toHaveTextContent('Tier 1: total 60 and aboveTier 2: total 30 to 59Tier 3: total 0 to 29');
    await user.clear(tier(2).getByLabelText('Lowest total'));
    await user.type(tier(2).getByLabelText('Lowest total'), '45');
    expect(screen.getByTestId('tier-ranges')).toHaveTextContent('Tier 2: total 45 to 59');
    expect(screen.getByLabelText('Score each part of a threat score from 1 to')).toHaveAccessibleDescription(
      expect.stringContaining('The highest total on this scale is 110'),
    );
  });

  it('shows each problem in the summary and beside its field, and sends nothing', async () => {
    const { user, onSubmit } = setup();
    await user.clear(tier(2).getByLabelText('Name'));
    await user.clear(tier(3).getByLabelText('Lowest total'));
    await user.type(tier(3).getByLabelText('Lowest total'), '5');
    await save(user);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Enter a name for tier 2' })).toHaveAttribute('href', '#tiers.1.name');
    expect(screen.getByRole('link', { name: 'The last tier must start at 0, so that every total has a tier' })).toHaveAttribute(
      'href',
      '#tiers.2.minTotal',
    );
    expect(tier(2).getByLabelText('Name')).toHaveAccessibleDescription('Error: Enter a name for tier 2');
    expect(screen.queryByTestId('tier-ranges')).not.toBeInTheDocument();
  });

  it('refuses totals that do not fall down the list, and names that repeat', async () => {
    const { user, onSubmit } = setup();
    await user.clear(tier(2).getByLabelText('Lowest total'));
    await user.type(tier(2).getByLabelText('Lowest total'), '60');
    await user.clear(tier(3).getByLabelText('Name'));
    await user.type(tier(3).getByLabelText('Name'), ' tier 1 ');
    await save(user);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(tier(2).getByLabelText('Lowest total')).toHaveAccessibleDescription('Error: The lowest total of tier 2 must be below that of tier 1 (60)');
    expect(tier(3).getByLabelText('Name')).toHaveAccessibleDescription(expect.stringContaining('already used by another tier'));
  });

  it('keeps an over-long tier name whole, counts it, and refuses it at the field without saving', async () => {
    const { user, onSubmit } = setup();
    const name = tier(2).getByLabelText('Name');
    await user.clear(name);
    await user.click(name);
    await user.paste('n'.repeat(41));
    expect(name).toHaveAccessibleDescription(/You have 1 character too many/);
    await save(user);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'The name of tier 2 must be 40 characters or fewer' })).toHaveAttribute('href', '#tiers.1.name');
    expect(name).toHaveValue('n'.repeat(41));
  });

  it('adds and removes tiers by keyboard, moving focus to the row concerned', async () => {
    const { user } = setup();
    screen.getByRole('button', { name: 'Add a tier' }).focus();
    await user.keyboard('{Enter}');
    expect(tier(4).getByLabelText('Name')).toHaveFocus();
    screen.getByRole('button', { name: 'Remove tier 2' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Tier 4' })).not.toBeInTheDocument();
    expect(tier(2).getByLabelText('Name')).toHaveValue('Tier 3');
    expect(tier(2).getByLabelText('Name')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove tier 3' }));
    expect(tier(2).getByLabelText('Name')).toHaveFocus();
    // Two tiers is the least a panel may have; six the most.
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    for (let i = 0; i < 4; i += 1) await user.click(screen.getByRole('button', { name: 'Add a tier' }));
    expect(screen.queryByRole('button', { name: 'Add a tier' })).not.toBeInTheDocument();
    expect(screen.getByText('A panel can have up to 6 tiers.')).toBeInTheDocument();
  });

  it('sends the scale and the tiers, names trimmed and totals as numbers', async () => {
    const { user, onSubmit } = setup();
    await user.selectOptions(screen.getByLabelText('Score each part of a threat score from 1 to'), '7');
    await user.click(screen.getByRole('button', { name: 'Add a tier' }));
    await user.type(tier(4).getByLabelText('Name'), '  Watch list ');
    await user.type(tier(4).getByLabelText('Lowest total'), '0');
    await user.clear(tier(3).getByLabelText('Lowest total'));
    await user.type(tier(3).getByLabelText('Lowest total'), '10');
    await save(user);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(scoringInput('panel-1', 4, onSubmit.mock.calls[0][0])).toEqual({
      panelId: 'panel-1',
      version: 4,
      scaleMax: 7,
      tiers: [...DEFAULTS.slice(0, 2), { name: 'Tier 3', minTotal: 10 }, { name: 'Watch list', minTotal: 0 }],
    });
  });
});

describe('the scoring settings page', () => {
  const panel = { __typename: 'Panel', id: 'panel-1', scaleMax: 5, version: 3, tiers: DEFAULTS.map((t) => ({ __typename: 'PanelTier', ...t })) };
  const panelMock: MockLink.MockedResponse = { request: { query: PanelScoringQuery, variables: { id: 'panel-1' } }, result: { data: { panel } } };
  const tiers = [
    { name: 'Critical', minTotal: 60 },
    { name: 'Tier 2', minTotal: 30 },
    { name: 'Tier 3', minTotal: 0 },
  ];
  const variables = { input: { panelId: 'panel-1', version: 3, scaleMax: 6, tiers } };

  async function edit(user: ReturnType<typeof userEvent.setup>) {
    const name = tier(1).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Critical');
    await user.selectOptions(screen.getByLabelText('Score each part of a threat score from 1 to'), '6');
    await save(user);
  }

  it('sends the version it was opened with and says how many groups were re-tiered', async () => {
    const sent: unknown[] = [];
    const updateMock: MockLink.MockedResponse = {
      request: { query: UpdatePanelScoringMutation, variables },
      result: () => {
        sent.push(variables);
        const saved = { ...panel, scaleMax: 6, version: 4, tiers: tiers.map((t) => ({ __typename: 'PanelTier', ...t })) };
        return { data: { updatePanelScoring: { __typename: 'UpdatePanelScoringResult', retieredGroupCount: 12, panel: saved } } };
      },
    };
    renderRoute('/panel/scoring', [viewerMock({ role: 'CHAIR' }), panelMock, updateMock]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Scoring settings' })).toBeInTheDocument();
    const user = userEvent.setup();
    await edit(user);
    expect(await screen.findByText('Scoring saved: 12 groups re-tiered')).toBeInTheDocument();
    expect(sent).toEqual([variables]);
    expect(tier(1).getByLabelText('Name')).toHaveValue('Critical');
  });

  it('answers a stale edit’s CONFLICT with both changes side by side, and saves again on the newer version without retyping', async () => {
    const message =
      'The panel’s scoring was changed by someone else since you opened it: Tiers changed. Check their changes beside yours, then save again.';
    const conflict: MockLink.MockedResponse = {
      request: { query: UpdatePanelScoringMutation, variables },
      result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['tiers'] } }] },
    };
    const theirs = { ...panel, version: 4, tiers: [{ __typename: 'PanelTier', name: 'Tier 1', minTotal: 50 }, ...panel.tiers.slice(1)] };
    const newer: MockLink.MockedResponse = {
      request: { query: PanelScoringQuery, variables: { id: 'panel-1' } },
      result: { data: { panel: theirs } },
    };
    const again = { input: { ...variables.input, version: 4 } };
    const saved = jest.fn(() => ({
      data: {
        updatePanelScoring: {
          __typename: 'UpdatePanelScoringResult',
          retieredGroupCount: 0,
          panel: { ...panel, scaleMax: 6, version: 5, tiers: tiers.map((t) => ({ __typename: 'PanelTier', ...t })) },
        },
      },
    }));
    renderRoute('/panel/scoring', [
      viewerMock({ role: 'COORDINATOR' }),
      panelMock,
      conflict,
      newer,
      { request: { query: UpdatePanelScoringMutation, variables: again }, result: saved },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Scoring settings' });
    const user = userEvent.setup();
    await edit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await conflictReviewRow(/Tiers/)).toEqual([
      'Name: Critical; Lowest total: 60, Name: Tier 2; Lowest total: 30, Name: Tier 3; Lowest total: 0',
      'Name: Tier 1; Lowest total: 50, Name: Tier 2; Lowest total: 30, Name: Tier 3; Lowest total: 0',
    ]);
    expect(screen.queryByText(/Scoring saved/)).not.toBeInTheDocument();
    // What the person typed is still in the form; saving again sends it against the newer version.
    expect(tier(1).getByLabelText('Name')).toHaveValue('Critical');
    expect(screen.getByLabelText('Score each part of a threat score from 1 to')).toHaveValue('6');
    await save(user);
    expect(await screen.findByText('Scoring saved: no group changed tier')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('conflict-review')).not.toBeInTheDocument();
  });

  it('is not offered to a partner member', async () => {
    renderRoute('/panel/scoring', [viewerMock({ role: 'PARTNER_MEMBER' })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
