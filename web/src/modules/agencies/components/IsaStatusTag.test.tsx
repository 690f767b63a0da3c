import { render, screen } from '@testing-library/react';
import { isaStatus } from '@sentinel/shared';
import { IsaStatusTag, PersonalDataTag } from './IsaStatusTag';

describe('IsaStatusTag', () => {
  it.each([
    ['EXPIRED', 'Expired', 'govuk-tag--red'],
    ['EXPIRING', 'Expires soon', 'govuk-tag--orange'],
    ['VALID', 'In force', 'govuk-tag--green'],
    ['NONE', 'No agreement', 'govuk-tag--grey'],
  ] as const)('shows %s as "%s" in %s', (status, text, colourClass) => {
    render(<IsaStatusTag status={status} />);
    const tag = screen.getByText(text);
    expect(tag).toHaveClass('govuk-tag', colourClass);
  });

  it('maps the shared status calculation to the right tag', () => {
    render(<IsaStatusTag status={isaStatus('2026-01-10', '2026-01-01')} />);
    expect(screen.getByText('Expires soon')).toBeInTheDocument();
  });

  it('flags an agency that may not receive personal data', () => {
    const { rerender } = render(<PersonalDataTag allowsPersonalData={false} />);
    expect(screen.getByText('No personal data')).toHaveClass('govuk-tag');
    rerender(<PersonalDataTag allowsPersonalData />);
    expect(screen.queryByText('No personal data')).not.toBeInTheDocument();
  });
});
