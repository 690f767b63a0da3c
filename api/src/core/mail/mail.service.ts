import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROTECTIVE_MARKING, type MailKind, type MailOutcome } from '@sentinel/shared';
import { maskFor, readKnownTerms, type Mask } from '../access/known-names.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { mailMessages } from '../observability/metrics.js';

export interface MailMessage {
  /** The panel whose mail log keeps the message; null for mail about a person's account alone (a password reset), which no panel's log shows. */
  panelId: string | null;
  kind: MailKind;
  to: string;
  subject: string;
  /** Body lines of plain text; the marking is added above them, in the text and in the HTML. */
  lines: string[];
  /** Optional link shown at the end of both parts. */
  link?: { href: string; label: string };
}

interface Delivery {
  outcome: MailOutcome;
  reason: string | null;
}

const NOT_SET = 'No mail server is set (SMTP_URL)';

/**
 * Outgoing mail. Every message carries the protective marking at the top of its subject, text and HTML, and is
 * kept in its panel's mail log (`mail_message`) with whether it went and why not, for the chair to see. Nothing
 * about a message (addresses, subject, body) is ever written to the process log: they can hold personal data.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM }) : null;
    // Said once: each message not sent is in its panel's mail log.
    if (!this.transport) this.logger.warn('Mail is off: SMTP_URL is not set. Messages are kept in each panel’s mail log as not sent.');
  }

  /** The app's address for links in mail. */
  get publicUrl(): string {
    return (this.config.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  }

  /**
   * Sends the messages, at most `MAIL_CONCURRENCY` at a time, and records them all in their panels' mail logs in
   * one statement. Never throws for a message the mail server refused: its outcome says so.
   */
  async sendAll(messages: readonly MailMessage[]): Promise<MailOutcome[]> {
    if (!messages.length) return [];
    // Mail leaves the system and its audit trail: it never names a nominal, whoever it goes to.
    const panelIds = [...new Set(messages.flatMap((m) => (m.panelId ? [m.panelId] : [])))];
    const terms = panelIds.length ? await readKnownTerms(this.dataSource, panelIds) : new Map<string, never[]>();
    messages = messages.map((m) => masked(m, maskFor((m.panelId && terms.get(m.panelId)) || [])));
    const deliveries: Delivery[] = new Array(messages.length);
    let next = 0;
    const worker = async () => {
      while (next < messages.length) {
        const i = next++;
        deliveries[i] = await this.deliver(messages[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(MAIL_CONCURRENCY, messages.length) }, worker));
    await this.dataSource.query(
      `INSERT INTO mail_message (panel_id, kind, recipient, subject, outcome, reason)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        messages.map((m) => m.panelId),
        messages.map((m) => m.kind),
        messages.map((m) => m.to),
        messages.map((m) => m.subject),
        deliveries.map((d) => d.outcome),
        deliveries.map((d) => d.reason),
      ],
    );
    return deliveries.map((d) => d.outcome);
  }

  private async deliver(message: MailMessage): Promise<Delivery> {
    const delivery = await this.send(message);
    mailMessages.inc({ outcome: delivery.outcome });
    return delivery;
  }

  private async send(message: MailMessage): Promise<Delivery> {
    if (!this.transport) return { outcome: 'NOT_SENT', reason: NOT_SET };
    try {
      await this.transport.sendMail({
        to: message.to,
        subject: `[${PROTECTIVE_MARKING}] ${message.subject}`,
        text: toText(message),
        html: toHtml(message),
        headers: { 'X-Protective-Marking': PROTECTIVE_MARKING },
      });
      return { outcome: 'SENT', reason: null };
    } catch (e) {
      return { outcome: 'REFUSED', reason: refusal(e) };
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

function masked(m: MailMessage, mask: Mask): MailMessage {
  return { ...m, subject: mask(m.subject), lines: m.lines.map(mask), link: m.link && { href: m.link.href, label: mask(m.link.label) } };
}

/** At most this many messages are with the mail server at once. */
const MAIL_CONCURRENCY = 5;

/** Why the mail server did not take a message, in words for the chair: its reply code, never its text, which can quote the address. */
function refusal(e: unknown): string {
  const code = (e as { responseCode?: number; code?: string }).responseCode;
  if (typeof code === 'number') return `The mail server refused it (reply ${code})`;
  const kind = (e as { code?: string }).code;
  return kind === 'ECONNECTION' || kind === 'ESOCKET' || kind === 'ETIMEDOUT'
    ? 'The mail server could not be reached'
    : 'The mail server did not take it';
}

function toText(m: MailMessage): string {
  const link = m.link ? ['', `${m.link.label}: ${m.link.href}`] : [];
  return [PROTECTIVE_MARKING, '', ...m.lines, ...link, '', PROTECTIVE_MARKING, ''].join('\n');
}

function toHtml(m: MailMessage): string {
  const marking = `<p style="font-weight:bold;color:#d4351c">${PROTECTIVE_MARKING}</p>`;
  const body = m.lines.map((l) => (l === '' ? '' : `<p>${escapeHtml(l)}</p>`)).join('\n');
  const link = m.link ? `<p><a href="${escapeHtml(m.link.href)}">${escapeHtml(m.link.label)}</a></p>` : '';
  return `<!doctype html><html lang="en"><body style="font-family:Arial,sans-serif">\n${marking}\n${body}\n${link}\n${marking}\n</body></html>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
