import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser } from 'mailparser';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

async function read(file: string): Promise<Mail> {
  const parsed = await simpleParser(fs.readFileSync(file));
  const to = ([] as { value: { address?: string }[] }[]).concat(parsed.to ?? []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
  return { to, subject: parsed.subject ?? '', text: parsed.text ?? '' };
}

/** The newest message to the address whose subject contains `subject`, waiting for it to arrive (the mail server of mail-server.ts). */
export async function newestMailTo(address: string, subject: string, after = 0): Promise<Mail> {
  const dir = process.env.E2E_MAIL_DIR!;
  let found: Mail | null = null;
  await expect
    .poll(
      async () => {
        const files = fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.eml') && Number(f.split('-')[0]) >= after)
          .sort()
          .reverse();
        for (const f of files) {
          const mail = await read(path.join(dir, f));
          if (mail.to.includes(address.toLowerCase()) && mail.subject.includes(subject)) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The link of a path in a mail, token fragment and all. */
export function linkIn(mail: Mail, pathName: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathName}#[A-Za-z0-9_-]{43}`).exec(mail.text);
  if (!match) throw new Error(`No ${pathName} link in the mail`);
  return match[0];
}
