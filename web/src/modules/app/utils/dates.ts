const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Calendar dates (yyyy-mm-dd) are shown in the GOV.UK style: 31 March 2026.
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return 'Not recorded';
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formatter.format(date);
}
