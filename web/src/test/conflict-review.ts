import { screen, within } from '@testing-library/react';

/** Once the conflict review shows, the row of one field: the person's change, then the one saved by someone else. */
export async function conflictReviewRow(field: RegExp): Promise<(string | null)[]> {
  const review = await screen.findByTestId('conflict-review', {}, { timeout: 5000 });
  return within(within(review).getByRole('row', { name: field }))
    .getAllByRole('cell')
    .map((c) => c.textContent);
}
