import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MAIL_KIND_LABELS, PERMISSIONS, type MailKind } from '@sentinel/shared';
import { AccessService } from '../access/access.service.js';
import type { RequestContext } from '../access/request-context.js';
import type { MailMessageObject, MailMessagePageObject, PanelMailArgs } from './mail-log.objects.js';

interface MailRow {
  id: string;
  at: Date;
  kind: MailMessageObject['kind'];
  recipient: string;
  subject: string;
  outcome: MailMessageObject['outcome'];
  reason: string | null;
  total: number;
  undelivered: number;
}

/** Mail whose subject names a meeting (its title): read whole only by those who read the panel's meetings. */
const MEETING_MAIL: readonly MailKind[] = ['AGENDA_PUBLISHED', 'HIT_CHECK'];

/**
 * A panel's mail log, as `MailService` keeps it, for its chair, coordinators and data protection officer. The officer
 * reads no meetings: a meeting's mail shows them its kind in place of its subject.
 */
@Injectable()
export class MailLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(ctx: RequestContext, args: PanelMailArgs): Promise<MailMessagePageObject> {
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.AUDIT_READ);
    const readsMeetings = this.access.holdsInPanel(viewer, args.panelId, PERMISSIONS.MEETING_READ);
    // One statement: the page, its total and the panel's undelivered count (the index serves all three).
    const rows: MailRow[] = await this.dataSource.query(
      `WITH counts AS (
         SELECT count(*) FILTER (WHERE $2::text IS NULL OR outcome = $2)::int AS total,
                count(*) FILTER (WHERE outcome <> 'SENT')::int AS undelivered
           FROM mail_message WHERE panel_id = $1)
       SELECT c.total, c.undelivered, m.id::text, m.at, m.kind, m.recipient, m.subject, m.outcome, m.reason
         FROM counts c
         LEFT JOIN LATERAL (
           SELECT * FROM mail_message
            WHERE panel_id = $1 AND ($2::text IS NULL OR outcome = $2)
            ORDER BY at DESC, id DESC LIMIT $3 OFFSET $4) m ON true`,
      [args.panelId, args.outcome ?? null, args.limit, args.offset],
    );
    const nodes = rows
      .filter((r) => r.id !== null)
      .map(({ total: _t, undelivered: _u, ...message }) =>
        readsMeetings || !MEETING_MAIL.includes(message.kind) ? message : { ...message, subject: MAIL_KIND_LABELS[message.kind] },
      );
    return { nodes, totalCount: rows[0]?.total ?? 0, undeliveredCount: rows[0]?.undelivered ?? 0 };
  }
}
