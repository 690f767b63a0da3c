import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server for the journeys, on a fixed port beside the app's (E2E_PORT + 10000), that writes each
 * message it receives, as sent, into E2E_MAIL_DIR: the journeys read invitations and reset links from there
 * (e2e/mail.ts). Playwright runs this before the journeys and the function it returns after them.
 */
export default async function startMailServer(): Promise<() => Promise<void>> {
  const dir = process.env.E2E_MAIL_DIR!;
  const port = Number(process.env.E2E_MAIL_PORT);
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const name = `${Date.now()}-${String(++count).padStart(4, '0')}.eml`;
        fs.writeFile(path.join(dir, name), Buffer.concat(chunks), (e) => callback(e ?? undefined));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
