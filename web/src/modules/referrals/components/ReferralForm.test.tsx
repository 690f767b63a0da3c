import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { referralInput, validateReferralForm, EMPTY_REFERRAL_FORM } from '../utils/referral-form';
import { ReferralForm } from './ReferralForm';

describe('referral form', () => {
  it('will not send a referral without a crime reference number', async () => {
    const onSubmit = jest.fn(async () => undefined);
    render(<ReferralForm onSubmit={onSubmit} heading={<h1>Make a referral</h1>} />);
    await userEvent.type(screen.getByLabelText('Summary'), 'Shoplifting to order across three stores');
    await userEvent.type(screen.getByLabelText('Crime reference numbers'), '   {enter}  ');
    await userEvent.click(screen.getByRole('button', { name: 'Make referral' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Enter at least one crime reference number' })).toHaveAttribute('href', '#crimeReferences');
    expect(screen.getByLabelText('Crime reference numbers')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter at least one crime reference number'),
    );
  });

  it('sends one crime reference number per line, blank lines dropped', async () => {
    const onSubmit = jest.fn(async () => undefined);
    render(<ReferralForm onSubmit={onSubmit} heading={<h1>Make a referral</h1>} />);
    await userEvent.type(screen.getByLabelText('Crime reference numbers'), 'NM/2026/0001{enter}{enter} NM/2026/0002 ');
    await userEvent.type(screen.getByLabelText('Summary'), 'Shoplifting to order');
    await userEvent.click(screen.getByRole('button', { name: 'Make referral' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const values = (onSubmit.mock.calls[0] as unknown[])[0] as typeof EMPTY_REFERRAL_FORM;
    expect(referralInput('panel-1', values).crimeReferences).toEqual(['NM/2026/0001', 'NM/2026/0002']);
  });

  it('checks the rule without the form too', () => {
    expect(validateReferralForm({ ...EMPTY_REFERRAL_FORM, summary: 'x' }).crimeReferences).toBe('Enter at least one crime reference number');
    expect(validateReferralForm({ ...EMPTY_REFERRAL_FORM, summary: 'x', crimeReferences: 'CR1' }).crimeReferences).toBeUndefined();
  });

  it('says which shape of crime reference it takes, and refuses punctuation and free text', async () => {
    const onSubmit = jest.fn(async () => undefined);
    render(<ReferralForm onSubmit={onSubmit} heading={<h1>Make a referral</h1>} />);
    const box = screen.getByLabelText('Crime reference numbers');
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining('letters and digits separated by / or -, for example CR/12345/26 or NM-2026-001234'),
    );
    await userEvent.type(box, 'CR/12345/26{enter}not a ref!!');
    await userEvent.type(screen.getByLabelText('Summary'), 'Shoplifting to order');
    await userEvent.click(screen.getByRole('button', { name: 'Make referral' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: /^“not a ref!!” is not a crime reference number: use 3 to 30 letters and digits/ })).toHaveAttribute(
      'href',
      '#crimeReferences',
    );
  });

  it('keeps over-long text whole, counts it, and refuses each at its field without sending the referral', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(async () => undefined);
    render(<ReferralForm onSubmit={onSubmit} heading={<h1>Make a referral</h1>} />);
    const paste = async (label: string | HTMLElement, text: string) => {
      await user.click(typeof label === 'string' ? screen.getByLabelText(label) : label);
      await user.paste(text);
    };
    await user.type(screen.getByLabelText('Crime reference numbers'), 'CR/12345/26');
    await paste('Summary', 's'.repeat(4001));
    expect(screen.getByLabelText('Summary')).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Add an offender' }));
    await user.type(screen.getByLabelText('Name'), 'Jo Bloggs');
    await paste('Description (optional)', 'd'.repeat(1001));
    await paste('Vehicles (optional)', `AB12 CDE\n${'V'.repeat(21)}`);
    await paste('Places (optional)', 'p'.repeat(201));
    await paste('On behalf of (optional)', 'o'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Make referral' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    const link = (name: string) => within(summary).getByRole('link', { name }).getAttribute('href');
    expect(link('Summary must be 4,000 characters or fewer')).toBe('#summary');
    expect(link('Description must be 1,000 characters or fewer')).toBe('#offender-0-description');
    expect(link('Each registration must be 20 characters or fewer')).toBe('#vehicles');
    expect(link('Each address or area must be 200 characters or fewer')).toBe('#places');
    expect(link('On behalf of must be 200 characters or fewer')).toBe('#onBehalfOf');
    expect(screen.getByLabelText('Summary')).toHaveValue('s'.repeat(4001));
    expect(screen.getByLabelText('Description (optional)')).toHaveAccessibleDescription(/Error: Description must be 1,000 characters or fewer/);
  });
});
