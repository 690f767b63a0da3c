import { act, render, screen } from '@testing-library/react';
import { useLinkToken } from './useLinkToken';

function Shown() {
  return <p>token: {useLinkToken() || 'none'}</p>;
}

describe('useLinkToken', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads the token from the fragment and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/account/invitation#first-token');
    render(<Shown />);
    expect(screen.getByText('token: first-token')).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/account/invitation');
  });

  it('takes the token of another link opened in the same tab, where only the fragment changes', () => {
    window.history.replaceState(null, '', '/account/invitation#first-token');
    render(<Shown />);
    act(() => {
      window.location.hash = 'second-token';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByText('token: second-token')).toBeInTheDocument();
    expect(window.location.hash).toBe('');
  });
});
