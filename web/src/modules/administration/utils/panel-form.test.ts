import { EMPTY_PANEL_FORM, panelInput, validatePanelForm } from './panel-form';

describe('the new panel form', () => {
  it('names every missing field, with the API’s own field names', () => {
    expect(Object.keys(validatePanelForm(EMPTY_PANEL_FORM)).sort()).toEqual(
      ['chair.agencyName', 'chair.email', 'chair.name', 'code', 'forceName', 'name'].sort(),
    );
  });

  it('takes a capital code and a well-formed email, and trims what it sends', () => {
    const values = {
      code: ' NMR-SOC ',
      name: ' Northmoor panel ',
      forceName: 'Northmoor Police',
      chairName: 'Robin Chair',
      chairEmail: ' robin@northmoor.police.example ',
      chairAgencyName: 'SOC unit',
    };
    expect(validatePanelForm(values)).toEqual({});
    expect(validatePanelForm({ ...values, code: 'nmr' }).code).toContain('capital letters');
    expect(validatePanelForm({ ...values, chairEmail: 'robin@' })['chair.email']).toContain('correct format');
    expect(panelInput(values)).toEqual({
      code: 'NMR-SOC',
      name: 'Northmoor panel',
      forceName: 'Northmoor Police',
      chair: { name: 'Robin Chair', email: 'robin@northmoor.police.example', agencyName: 'SOC unit' },
    });
  });
});
