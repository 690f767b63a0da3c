import { MEETING_TIME_ZONE } from '@sentinel/shared';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: MEETING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'long',
});

const longDate = new Intl.DateTimeFormat('en-GB', { timeZone: MEETING_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function londonParts(iso: string) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** GOV.UK style times in UK time: 10am, 10:30am, midday, 2:15pm. */
export function formatTime(iso: string): string {
  const { hour, minute } = londonParts(iso);
  if (hour === 12 && minute === 0) return 'midday';
  if (hour === 0 && minute === 0) return 'midnight';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${h}${suffix}` : `${h}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** Tuesday 10 March 2026, without the comma Intl puts after the day's name. */
export function formatMeetingDate(iso: string): string {
  const p = Object.fromEntries(longDate.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** Tuesday 10 March 2026, 10am to midday */
export function formatMeetingWhen(startsAt: string, endsAt: string): string {
  return `${formatMeetingDate(startsAt)}, ${formatTime(startsAt)} to ${formatTime(endsAt)}`;
}

/** The calendar date (yyyy-mm-dd) and wall-clock time (HH:MM) of an instant in UK time. */
export function londonDateAndTime(iso: string): { date: string; time: string } {
  const p = londonParts(iso);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}` };
}

function offsetMinutesAt(utcMs: number): number {
  const p = londonParts(new Date(utcMs).toISOString());
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), p.hour, p.minute);
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/** A UK wall-clock date and time as ISO 8601 with its offset, summer time included: 2026-07-14T10:00:00+01:00. */
export function londonIso(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The offset at the guessed instant, then again at the corrected one (the two differ only around a change).
  let offset = offsetMinutesAt(wall);
  offset = offsetMinutesAt(wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Whole minutes between two instants. */
export function minutesBetween(fromIso: string, toMs: number): number {
  return Math.floor((toMs - new Date(fromIso).getTime()) / 60_000);
}
