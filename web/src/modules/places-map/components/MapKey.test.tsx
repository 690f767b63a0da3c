import { render, screen } from '@testing-library/react';
import { MapKey } from './MapKey';

describe('MapKey', () => {
  it('names every activity band in words that read on their own', () => {
    render(<MapKey />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'No groups active',
      '1 to 2 groups active',
      '3 to 5 groups active',
      '6 or more groups active',
      'High-harm place',
      'High-harm places close together: select the number to list them',
    ]);
    expect(document.body.textContent).not.toMatch(/none groups/i);
  });
});
