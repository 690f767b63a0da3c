import { addDays, isaStatus, londonToday } from './agencies.js';

describe('isaStatus', () => {
  it('reads an agreement by calendar day, warning 30 days ahead', () => {
    expect(isaStatus(null, '2026-11-28')).toBe('NONE');
    expect(isaStatus('2026-11-27', '2026-11-28')).toBe('EXPIRED');
    expect(isaStatus('2026-11-28', '2026-11-28')).toBe('EXPIRING');
    expect(isaStatus('2026-12-28', '2026-11-28')).toBe('EXPIRING');
    expect(isaStatus('2026-12-29', '2026-11-28')).toBe('VALID');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('takes today in the UK, not in UTC', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('turns the day at midnight in London to the second, in summer and in winter, asked second by second', () => {
    const days = ['2026-06-30T22:59:58Z', '2026-06-30T22:59:59Z', '2026-06-30T23:00:00Z', '2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z'];
    expect(days.map((d) => londonToday(new Date(d)))).toEqual(['2026-06-30', '2026-06-30', '2026-07-01', '2026-12-31', '2027-01-01']);
  });
});
