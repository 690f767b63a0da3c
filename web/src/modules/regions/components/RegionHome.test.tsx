import { screen } from '@testing-library/react';
import { renderRoute, viewerMock } from '../../../test/render';

describe('the home page of a regional analyst', () => {
  it('lists their regions, with a link to each one’s figures, when they sit on no panel', async () => {
    renderRoute('/', [viewerMock({ panels: 0, regions: ['North East ROCU'] })]);
    expect(await screen.findByRole('heading', { name: 'Regional figures' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'North East ROCU' })).toHaveAttribute('href', '/regions/region-1');
    expect(screen.queryByText('You are not on a panel yet')).not.toBeInTheDocument();
  });

  it('tells someone with neither a panel nor a region that they are not on a panel yet', async () => {
    renderRoute('/', [viewerMock({ panels: 0 })]);
    expect(await screen.findByRole('heading', { name: 'You are not on a panel yet' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your regions' })).not.toBeInTheDocument();
  });
});
