import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DataSource } from 'typeorm';
import { MEETING_MODE_LABELS, PERMISSIONS, PROTECTIVE_MARKING } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
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
 * version as SEQUENCE, so importing a newer file updates the entry rather than adding a second one; a cancelled
 * meeting stays in the files as STATUS:CANCELLED (cancelling bumps its version), so a calendar that imported it
 * removes it rather than keeping a meeting that will not happen.
 *
 * METHOD:PUBLISH needs an ORGANIZER (RFC 5546 3.2.1). The panel keeps no contact address of its own, so the
 * organizer is whoever runs its meetings: the chair (the longest-standing one if there are several), else the
 * coordinator, else the service's own sender address.
 */
@Injectable()
export class MeetingCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async meetingInvite(ctx: RequestContext, meetingId: string): Promise<CalendarFileObject> {
    const meeting = await this.meetings.findVisible(this.dataSource.manager, ctx, meetingId);
    const [panel, organizer] = await Promise.all([
      this.dataSource.getRepository(PanelEntity).findOneByOrFail({ id: meeting.panelId }),
      this.organizer(meeting.panelId),
    ]);
    const day = meeting.title
      .replace(/^Panel meeting, /, '')
      .replace(/\W+/g, '-')
      .toLowerCase();
    return { filename: `panel-meeting-${day}.ics`, contentType: 'text/calendar', content: calendar(panel.name, organizer, [meeting]) };
  }

  /** The panel's upcoming meetings, each as its own event (a moved meeting keeps its own time). */
  async seriesInvite(ctx: RequestContext, panelId: string): Promise<CalendarFileObject> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.MEETING_READ);
    const [panel, organizer, meetings] = await Promise.all([
      this.dataSource.getRepository(PanelEntity).findOneBy({ id: panelId }),
      this.organizer(panelId),
      this.dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .where(`m.panel_id = :panelId AND m.ends_at > now()`, { panelId })
        .orderBy('m.starts_at')
        .take(SERIES_FILE_MAX)
        .getMany(),
    ]);
    // An administrator may ask for any panel id: one that does not exist is missing, not a failure.
    if (!panel) throw AppError.notFound('Panel');
    const slug = panel.name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'panel';
    return { filename: `${slug}-meetings.ics`, contentType: 'text/calendar', content: calendar(panel.name, organizer, meetings) };
  }

  private async organizer(panelId: string): Promise<Organizer> {
    const [row] = await this.dataSource.query<Organizer[]>(
      `SELECT u.name, u.email FROM membership ms JOIN app_user u ON u.id = ms.user_id
        WHERE ms.panel_id = $1 AND ms.role IN ('CHAIR', 'COORDINATOR') AND u.disabled_at IS NULL
        ORDER BY ms.role = 'CHAIR' DESC, ms.created_at, u.id LIMIT 1`,
      [panelId],
    );
    if (row) return row;
    const from = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(this.config.MAIL_FROM);
    return from ? { name: from[1] || 'Sentinel', email: from[2] } : { name: 'Sentinel', email: this.config.MAIL_FROM.trim() };
  }
}

interface Organizer {
  name: string;
  email: string;
}

function calendar(panelName: string, organizer: Organizer, meetings: MeetingEntity[]): string {
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
      organizer,
      location: where,
      url: m.mode === 'TEAMS' ? m.teamsUrl : null,
      description: lines.join('\n'),
      status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      x: { 'X-PROTECTIVE-MARKING': PROTECTIVE_MARKING },
    });
  }
  // ical-generator leaves the last line (END:VCALENDAR) without the CRLF that RFC 5545 3.1 ends every line with.
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
