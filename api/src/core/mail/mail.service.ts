import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { PROTECTIVE_MARKING } from '@sentinel/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export interface MailMessage {
  to: string;
  subject: string;
  /** Body lines of plain text; the marking is added above them, in the text and in the HTML. */
  lines: string[];
  /** Optional link shown at the end of both parts. */
  link?: { href: string; label: string };
}

/**
 * Outgoing mail. Every message carries the protective marking at the top of its subject, text and HTML.
 * Nothing about a message (addresses, subject, body) is ever logged: they can hold personal data.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM }) : null;
  }

  /** The app's address for links in mail. */
  get publicUrl(): string {
    return (this.config.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  }

  /** Sends one message; false when there is nowhere to send it. Throws when the SMTP server refuses it. */
  async send(message: MailMessage): Promise<boolean> {
    if (!this.transport) {
      this.logger.warn('Mail not sent: no SMTP_URL');
      return false;
    }
    await this.transport.sendMail({
      to: message.to,
      subject: `[${PROTECTIVE_MARKING}] ${message.subject}`,
      text: toText(message),
      html: toHtml(message),
      headers: { 'X-Protective-Marking': PROTECTIVE_MARKING },
    });
    return true;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
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
