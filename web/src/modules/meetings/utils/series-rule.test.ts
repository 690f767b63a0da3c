import { buildRule, describeRule, parseRule } from './series-rule';
import { londonIso } from './dates';
import { seriesInput, seriesFormFrom } from './series-form';

describe('the meeting rule', () => {
  it('builds the RRULE from the plain-words choices', () => {
    expect(buildRule({ week: '2', day: 'TU', interval: '2' })).toBe('FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU');
    expect(buildRule({ week: '-1', day: 'FR', interval: '3' })).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR');
    expect(buildRule({ week: '1', day: 'MO', interval: '1' })).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO');
  });

  it('reads a stored rule back into the choices, and says it in words', () => {
    expect(parseRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1WE')).toEqual({ week: '-1', day: 'WE', interval: '2' });
    expect(parseRule('FREQ=WEEKLY;BYDAY=MO')).toBeNull();
    expect(describeRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU')).toBe('Second Tuesday of the month, every 2 months');
  });

  it('sends the rule with the rest of the series', () => {
    const values = {
      ...seriesFormFrom(null),
      week: '3' as const,
      day: 'TH' as const,
      interval: '1' as const,
      startsOn: '2026-09-01',
      teamsUrl: ' https://teams.microsoft.com/l/x ',
      location: 'HQ',
    };
    expect(seriesInput('panel-1', values, null)).toMatchObject({
      rule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=3TH',
      durationMinutes: 120,
      teamsUrl: 'https://teams.microsoft.com/l/x',
    });
  });
});

describe('UK wall-clock times', () => {
  it('carry summer time in summer and GMT in winter', () => {
    expect(londonIso('2026-07-14', '10:00')).toBe('2026-07-14T10:00:00+01:00');
    expect(londonIso('2026-12-08', '10:00')).toBe('2026-12-08T10:00:00+00:00');
  });
});
