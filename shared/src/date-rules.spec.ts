import { changedPastDateProblem, dateOrderProblem, futureDateProblem, pastDateProblem } from './date-rules.js';

describe('date rules', () => {
  it('refuses a past date where the future is meant, and the future where the past is', () => {
    expect(pastDateProblem('Due date', '2025-01-01', '2026-12-06')).toBe('Due date must be today or in the future');
    expect(pastDateProblem('Due date', '2026-12-06', '2026-12-06')).toBeNull();
    expect(pastDateProblem('Due date', null, '2026-12-06')).toBeNull();
    expect(futureDateProblem('Date of birth', '2026-12-07', '2026-12-06')).toBe('Date of birth must be today or in the past');
    expect(futureDateProblem('Date of birth', '2026-12-06', '2026-12-06')).toBeNull();
  });

  it('lets an unchanged past date stand, but not a new or changed one', () => {
    expect(changedPastDateProblem('Due date', '2025-01-01', '2025-01-01', '2026-12-06')).toBeNull();
    expect(changedPastDateProblem('Due date', '2025-01-02', '2025-01-01', '2026-12-06')).toMatch(/today or in the future/);
    expect(changedPastDateProblem('Due date', '2025-01-01', undefined, '2026-12-06')).toMatch(/today or in the future/);
  });

  it('puts one date after another', () => {
    const mapped = { label: 'Date mapped', value: '2026-05-01' };
    expect(dateOrderProblem({ label: 'Next review date', value: '2026-04-30' }, mapped)).toBe('Next review date must be after date mapped');
    expect(dateOrderProblem({ label: 'Next review date', value: '2026-05-01' }, mapped)).toMatch(/after/);
    expect(dateOrderProblem({ label: 'Next review date', value: '2026-05-01' }, mapped, true)).toBeNull();
    expect(dateOrderProblem({ label: 'Next review date', value: '2026-05-02' }, mapped)).toBeNull();
    expect(dateOrderProblem({ label: 'Next review date', value: '' }, mapped)).toBeNull();
  });
});
