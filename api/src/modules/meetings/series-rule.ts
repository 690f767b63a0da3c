import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import pkg from 'rrule';
import { MEETING_TIME_ZONE, type MeetingMode } from '@sentinel/shared';
import { AppError } from '../../core/errors/app-error.js';

// rrule 2.8 is CommonJS: its named exports are only reachable through the default one.
const { RRule } = pkg;

/** Consecutive meetings at least this far apart: "second Tuesday of the month" can be 28 days apart. */
const MIN_GAP_DAYS = 28;
/** How far through the rule we look before giving up on finding future occurrences. */
const MAX_SCAN = 2000;
const DAY_MS = 86_400_000;

export interface SeriesShape {
  rule: string;
  startsOn: string;
  startTime: string;
  durationMinutes: number;
  firstMode: MeetingMode;
  teamsUrl: string | null;
  location: string | null;
}

/** One meeting the series stands for: its place in the series (which sets the mode) and its real instants. */
export interface Occurrence {
  index: number;
  startsAt: Date;
  endsAt: Date;
  mode: MeetingMode;
  teamsUrl: string | null;
  location: string | null;
  title: string;
}

/**
 * Parses and checks a rule, refusing what a bi-monthly panel cannot mean: sub-daily frequencies, times in the
 * rule (the time is the series' own), a DTSTART (the start date is the series' own), and meetings closer than
 * about a month apart.
 */
export function parseRule(rule: string): InstanceType<typeof RRule>['origOptions'] {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (!text || /[\r\n]/.test(text) || /(^|;)\s*(DTSTART|TZID|BYHOUR|BYMINUTE|BYSECOND)\b/i.test(text)) {
    throw AppError.badInput('rule', 'Give only the repeat rule, e.g. FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU; the date and time are set separately');
  }
  let options: InstanceType<typeof RRule>['origOptions'];
  try {
    options = RRule.parseString(text);
  } catch {
    throw AppError.badInput('rule', 'The repeat rule could not be read: use the RFC 5545 form, e.g. FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU');
  }
  if (options.freq === undefined || options.freq === null) {
    throw AppError.badInput('rule', 'The repeat rule needs a frequency, e.g. FREQ=MONTHLY');
  }
  if (options.freq > RRule.DAILY) {
    throw AppError.badInput('rule', 'A panel cannot meet more often than daily: use FREQ=MONTHLY with an interval');
  }
  return options;
}

/** A wall-clock time on a London calendar day, as the real instant (GMT in winter, BST in summer). */
export function londonInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, MEETING_TIME_ZONE).getTime());
}

/** "Panel meeting, 10 March 2026", by the London calendar. */
export function meetingTitle(startsAt: Date): string {
  return `Panel meeting, ${format(new TZDate(startsAt.getTime(), MEETING_TIME_ZONE), 'd MMMM yyyy')}`;
}

/**
 * The series' occurrences that start after `after`, at most `count` of them, modes alternating by their place
 * in the whole series (so regenerating later never flips a meeting's mode). Refuses rules whose meetings come
 * closer together than about a month.
 */
export function occurrences(series: SeriesShape, after: Date, count: number): Occurrence[] {
  const options = parseRule(series.rule);
  const [y, mo, d] = series.startsOn.split('-').map(Number);
  const [h, mi] = series.startTime.split(':').map(Number);
  // rrule works on "floating" times: the London wall clock written as if it were UTC, converted afterwards.
  const rrule = new RRule({ ...options, dtstart: new Date(Date.UTC(y, mo - 1, d, h, mi)) });
  const found: Occurrence[] = [];
  let previous: Date | null = null;
  let index = 0;
  rrule.all((floating) => {
    if (previous && (floating.getTime() - previous.getTime()) / DAY_MS < MIN_GAP_DAYS) {
      throw AppError.badInput('rule', 'Meetings would be less than four weeks apart: a panel meets about every two months');
    }
    previous = floating;
    const date = floating.toISOString().slice(0, 10);
    const startsAt = londonInstant(date, series.startTime);
    if (startsAt > after) {
      const mode: MeetingMode = index % 2 === 0 ? series.firstMode : series.firstMode === 'TEAMS' ? 'IN_PERSON' : 'TEAMS';
      found.push({
        index,
        startsAt,
        endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000),
        mode,
        teamsUrl: mode === 'TEAMS' ? series.teamsUrl : null,
        location: mode === 'IN_PERSON' ? series.location : null,
        title: meetingTitle(startsAt),
      });
    }
    index += 1;
    return found.length < count && index < MAX_SCAN;
  });
  return found;
}
