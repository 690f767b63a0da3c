import type { Logger } from '@nestjs/common';
import type { MailMessage, MailService } from '../../core/mail/mail.service.js';

/** What one scan did: reminders recorded by it (each goes once, whichever process records it), messages handed to the SMTP server. */
export interface ScanResult {
  reminders: number;
  messages: number;
}

/** Sends each reminder a scan found, in turn; `send` answers the messages sent, or null when the reminder was not this scan's to send. */
export async function sendEach<T>(rows: readonly T[], send: (row: T) => Promise<number | null>): Promise<ScanResult> {
  const result: ScanResult = { reminders: 0, messages: 0 };
  for (const row of rows) {
    const sent = await send(row);
    if (sent !== null) {
      result.reminders += 1;
      result.messages += sent;
    }
  }
  return result;
}

/**
 * Hands a claimed reminder's messages to the mail server and answers how many went. Nothing got through: throws, so
 * the claim rolls back and the next scan tries again. Some got through: keeps the claim, as sending again would
 * repeat the reminder to those who had it.
 */
export async function deliver(mail: MailService, messages: MailMessage[], logger: Logger, label: string): Promise<number> {
  const outcomes = await mail.sendAll(messages);
  const sent = outcomes.filter((o) => o === 'SENT').length;
  const failed = outcomes.filter((o) => o === 'REFUSED').length;
  if (failed > 0 && sent === 0) throw new Error('reminder not delivered');
  if (failed > 0) logger.warn(`${label}: ${failed} of ${messages.length} messages refused`);
  return sent;
}
