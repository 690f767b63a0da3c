import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ObjectiveEditor } from './ObjectiveEditor';

function renderEditor(deleteProblems: string[] = []) {
  const onSave = jest.fn(async () => undefined);
  const onDelete = jest.fn(async () => undefined);
  const view = render(
    <ObjectiveEditor
      agencies={[{ value: 'a1', label: 'Northmoor Police' }]}
      initialValues={{ strand: 'PURSUE', objective: 'Dismantle the county line', ownerAgencyId: 'a1', tacticHeadings: [] }}
      savedText="Dismantle the county line"
      caption="OCG-0001 Operation Osprey"
      heading={(title) => <h1>{title}</h1>}
      cancel={<a href="/ocgs/o1">Cancel</a>}
      onSave={onSave}
      onDelete={onDelete}
      deleteProblems={deleteProblems}
    />,
  );
  return { onSave, onDelete, ...view };
}

describe('changing or deleting an objective', () => {
  it('saves changes to the objective as it was', async () => {
    const { onSave, onDelete } = renderEditor();
    expect(screen.getByLabelText('Objective')).toHaveValue('Dismantle the county line');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ strand: 'PURSUE', ownerAgencyId: 'a1' }));
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('asks "are you sure?" before deleting, and deletes nothing when cancelled', async () => {
    const { onDelete } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Delete objective' }));
    expect(onDelete).not.toHaveBeenCalled();
    const question = screen.getByRole('heading', { level: 1, name: 'Are you sure you want to delete this objective?' });
    expect(question).toHaveFocus();
    expect(screen.getByText('Dismantle the county line')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete objective' })).toHaveFocus();
  });

  it('deletes once confirmed, with the warning button', async () => {
    const { onDelete } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Delete objective' }));
    const yes = screen.getByRole('button', { name: 'Yes, delete objective' });
    expect(yes).toHaveClass('govuk-button--warning');
    await userEvent.click(yes);
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('shows a clash on deleting in the error summary', async () => {
    const { rerender } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Delete objective' }));
    rerender(
      <ObjectiveEditor
        agencies={[]}
        initialValues={{ strand: 'PURSUE', objective: 'x', ownerAgencyId: 'a1', tacticHeadings: [] }}
        savedText="x"
        caption="c"
        heading={(title) => <h1>{title}</h1>}
        cancel={null}
        onSave={jest.fn()}
        onDelete={jest.fn()}
        deleteProblems={['Someone else changed this objective. Check it and try again.']}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Someone else changed this objective');
  });
});
