import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MEETING_MODE_LABELS, MEETING_TIME_ZONE, PANEL_ROLES, PERMISSIONS, roleHolds } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { MailService, type MailMessage } from '../../core/mail/mail.service.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { AgendaObject } from './agenda.objects.js';
import { AgendaService } from './agenda.service.js';

/** The roles that read the panel's meetings: the data protection officer, who does not, is not told of them. */
const MEETING_READERS = PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.MEETING_READ));

/**
 * Publishing the agenda: the meeting moves on and every active member who reads meetings is told by mail. The
 * pack itself is built elsewhere (per agency); the mail carries nothing but the meeting's title, time, place and a
 * link, because mail leaves the system and its audit trail.
 */
@Injectable()
export class AgendaPublishingService {
  private readonly logger = new Logger('AgendaPublishing');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly mail: MailService,
  ) {}

  async publish(ctx: RequestContext, meetingId: string, version: number): Promise<AgendaObject> {
    const { agenda, meeting, recipients } = await this.dataSource.transaction(async (m) => {
      const current = await this.meetings.findVisible(m, ctx, meetingId, true);
      await this.meetings.assertVersion(m, current, version);
      const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [current.id]);
      if (n === 0) throw AppError.badInput('meetingId', 'Build the agenda before publishing it');
      const published = await this.meetings.transition(m, ctx, current, 'AGENDA_PUBLISHED');
      const rows: { email: string }[] = await m.query(
        `SELECT DISTINCT u.email FROM membership ms JOIN app_user u ON u.id = ms.user_id
          WHERE ms.panel_id = $1 AND ms.role = ANY($2) AND u.disabled_at IS NULL`,
        [published.panelId, MEETING_READERS],
      );
      return { agenda: await this.agendas.agendaOf(m, ctx, published), meeting: published, recipients: rows.map((r) => r.email) };
    });
    // After the commit: a mail server that is down must not undo the publication.
    const outcomes = await this.mail
      .sendAll(recipients.map((to) => publishedMail(to, meeting, this.mail.publicUrl)))
      .catch(() => this.logger.warn('Agenda published; its notifications could not be recorded in the mail log'));
    const refused = outcomes ? outcomes.filter((o) => o === 'REFUSED').length : 0;
    if (refused) this.logger.warn(`Agenda published; ${refused} of ${recipients.length} notifications were refused by the mail server`);
    return agenda;
  }
}

export function publishedMail(to: string, meeting: MeetingEntity, publicUrl: string): MailMessage {
  const when = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: MEETING_TIME_ZONE,
  }).format(meeting.startsAt);
  const where =
    meeting.mode === 'IN_PERSON' && meeting.location ? `${MEETING_MODE_LABELS.IN_PERSON}, ${meeting.location}` : MEETING_MODE_LABELS[meeting.mode];
  return {
    panelId: meeting.panelId,
    kind: 'AGENDA_PUBLISHED',
    to,
    subject: `Agenda published: ${meeting.title}`,
    lines: [
      `The agenda for ${meeting.title} has been published.`,
      '',
      `When: ${when}`,
      `Where: ${where}`,
      '',
      'Read the agenda and your agency’s pack in Sentinel.',
    ],
    link: { href: `${publicUrl}/meetings/${meeting.id}`, label: 'Open the meeting' },
  };
}
