import { addDays, londonToday } from '@sentinel/shared';
import { emptyDisruptionForm, validateDisruptionForm } from '../../disruptions/utils/disruption-form';
import { emptyIntelligenceForm, validateIntelligenceForm } from '../../intelligence/utils/intelligence-form';
import { EMPTY_NOMINAL_FORM, validateNominalForm } from '../../nominals/utils/nominal-form';
import { EMPTY_OCG_FORM, validateOcgForm } from '../../ocgs/utils/ocg-form';

// The forms refuse what the API refuses, in the same words: text over its limit, and dates on the wrong side of today.
describe('the record forms’ rules', () => {
  const today = londonToday();
  const long = (n: number) => 'x'.repeat(n);

  it('refuses over-long text at the field', () => {
    const disruption = { ...emptyDisruptionForm(), description: long(2001), rationale: long(2001) };
    expect(validateDisruptionForm(disruption)).toMatchObject({
      description: 'What was done must be 2,000 characters or fewer',
      rationale: 'The rationale must be 2,000 characters or fewer',
    });
    const intelligence = { ...emptyIntelligenceForm(), text: long(5001), handling: 'C' as const, handlingConditions: long(1001) };
    expect(validateIntelligenceForm(intelligence)).toMatchObject({
      text: 'The intelligence must be 5,000 characters or fewer',
      handlingConditions: 'The conditions must be 1,000 characters or fewer',
    });
    const nominal = { ...EMPTY_NOMINAL_FORM, surname: long(101), forenames: long(151), aliases: `Smudge\n${long(101)}` };
    expect(validateNominalForm(nominal, false)).toEqual({
      surname: 'Surname must be 100 characters or fewer',
      forenames: 'Forenames must be 150 characters or fewer',
      aliases: 'Each alias must be 100 characters or fewer',
    });
    expect(validateOcgForm({ ...EMPTY_OCG_FORM, name: 'Operation Birch', status: 'ACTIVE', summary: long(4001) })).toEqual({
      summary: 'Summary must be 4,000 characters or fewer',
    });
    expect(validateOcgForm({ ...EMPTY_OCG_FORM, name: 'Operation Birch', status: 'ACTIVE', areas: `Eastfield\n${long(81)}` })).toEqual({
      areas: 'Each area must be 80 characters or fewer',
    });
  });

  it('refuses a review date in the past or not after the date mapped, and lets one that has passed stand unchanged', () => {
    const group = { ...EMPTY_OCG_FORM, name: 'Operation Birch', status: 'ACTIVE' as const };
    expect(validateOcgForm({ ...group, nextReviewOn: '2025-01-01' })).toEqual({ nextReviewOn: 'Next review date must be today or in the future' });
    expect(validateOcgForm({ ...group, nextReviewOn: '2025-01-01' }, '2025-01-01')).toEqual({});
    expect(validateOcgForm({ ...group, dateMapped: today, nextReviewOn: today })).toEqual({
      nextReviewOn: 'Next review date must be after date mapped',
    });
    expect(validateOcgForm({ ...group, dateMapped: addDays(today, 1) })).toEqual({ dateMapped: 'Date mapped must be today or in the past' });
    expect(validateNominalForm({ ...EMPTY_NOMINAL_FORM, surname: 'Bloggs', nextReviewOn: '2025-01-01' }, false)).toEqual({
      nextReviewOn: 'Next review date must be today or in the future',
    });
    expect(validateNominalForm({ ...EMPTY_NOMINAL_FORM, surname: 'Bloggs', dateOfBirth: addDays(today, 1) }, false)).toEqual({
      dateOfBirth: 'Date of birth must be today or in the past',
    });
  });
});
