import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DataSource } from 'typeorm';
import { MEETING_MODE_LABELS, PERMISSIONS, PROTECTIVE_MARKING } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { PanelEntity } from '../panels/panel.entity.js';
import type { CalendarFileObject } from './meeting.objects.js';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingsService } from './meetings.service.js';

/** The most meetings one series file carries: a year of bi-monthly meetings with room to spare. */
const SERIES_FILE_MAX = 24;

/**
 * Calendar invitations. Times are written in UTC, which Outlook and Google both import and show in the
 * reader's own zone, so summer time needs no VTIMEZONE block. Each meeting keeps one UID for life and its
 * version as SEQUENCE, so importing a newer file updates the entry rather than adding a second one.
 */
@Injectable()
export class MeetingCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
  ) {}

  async meetingInvite(ctx: RequestContext, meetingId: string): Promise<CalendarFileObject> {
    const meeting = await this.meetings.findVisible(this.dataSource.manager, ctx, meetingId);
    const panel = await this.dataSource.getRepository(PanelEntity).findOneByOrFail({ id: meeting.panelId });
    const day = meeting.title
      .replace(/^Panel meeting, /, '')
      .replace(/\W+/g, '-')
      .toLowerCase();
    return { filename: `panel-meeting-${day}.ics`, contentType: 'text/calendar', content: calendar(panel.name, [meeting]) };
  }

  /** The panel's upcoming meetings, each as its own event (a moved meeting keeps its own time). */
  async seriesInvite(ctx: RequestContext, panelId: string): Promise<CalendarFileObject> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.MEETING_READ);
    const [panel, meetings] = await Promise.all([
      this.dataSource.getRepository(PanelEntity).findOneBy({ id: panelId }),
      this.dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .where(`m.panel_id = :panelId AND m.ends_at > now() AND m.status <> 'CANCELLED'`, { panelId })
        .orderBy('m.starts_at')
        .take(SERIES_FILE_MAX)
        .getMany(),
    ]);
    // An administrator may ask for any panel id: one that does not exist is missing, not a failure.
    if (!panel) throw AppError.notFound('Panel');
    const slug = panel.name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'panel';
    return { filename: `${slug}-meetings.ics`, contentType: 'text/calendar', content: calendar(panel.name, meetings) };
  }
}

function calendar(panelName: string, meetings: MeetingEntity[]): string {
  const cal = ical({
    name: `${panelName} meetings`,
    prodId: { company: 'Sentinel', product: 'Panel meetings', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings) {
    const where = m.mode === 'TEAMS' ? MEETING_MODE_LABELS.TEAMS : (m.location ?? MEETING_MODE_LABELS.IN_PERSON);
    const lines = [
      PROTECTIVE_MARKING,
      '',
      `${panelName}: ${m.title}`,
      m.mode === 'TEAMS' && m.teamsUrl ? `Join on Microsoft Teams: ${m.teamsUrl}` : `In person: ${where}`,
      '',
      'Do not forward this invitation outside the panel.',
      PROTECTIVE_MARKING,
    ];
    cal.createEvent({
      id: `${m.id}@sentinel`,
      sequence: m.version,
      start: m.startsAt,
      end: m.endsAt,
      stamp: m.updatedAt,
      summary: `${panelName}: ${m.title}`,
      location: where,
      url: m.mode === 'TEAMS' ? m.teamsUrl : null,
      description: lines.join('\n'),
      status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      x: { 'X-PROTECTIVE-MARKING': PROTECTIVE_MARKING },
    });
  }
  return cal.toString();
}
