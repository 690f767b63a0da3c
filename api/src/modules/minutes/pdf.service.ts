import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Browser } from 'playwright-core';

/** Debian's Chromium; never one a tool downloads. The topology test launches it the same way. */
export const CHROMIUM_LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const PDF_TIMEOUT_MS = 20_000;
/** Pages printed at once: each is a renderer process, and the machines have two cores. */
const MAX_CONCURRENT = 3;

/**
 * Prints our own HTML pages to tagged PDFs. One browser for the whole process, started on first use and closed
 * with the module; a fresh context per document, with scripts off and every network request refused, since
 * the page is self-contained and nothing in it should reach out.
 */
@Injectable()
export class PdfService implements OnModuleDestroy {
  private readonly logger = new Logger(PdfService.name);
  private browser: Promise<Browser> | null = null;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async fromHtml(html: string): Promise<Buffer> {
    await this.acquire();
    try {
      const browser = await this.launched();
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        page.setDefaultTimeout(PDF_TIMEOUT_MS);
        return await withTimeout(
          (async () => {
            await page.setContent(html, { waitUntil: 'load', timeout: PDF_TIMEOUT_MS });
            return page.pdf({ tagged: true, outline: true, format: 'A4', preferCSSPageSize: true, printBackground: true });
          })(),
        );
      } finally {
        await context.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  private async launched(): Promise<Browser> {
    if (this.browser) {
      const existing = await this.browser.catch(() => null);
      if (existing?.isConnected()) return existing;
      this.browser = null;
    }
    // Loaded on the first print, not at start: it is the heaviest library the API has.
    const launching = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_LAUNCH_ARGS }),
    );
    this.browser = launching;
    launching
      .then((b) =>
        b.on('disconnected', () => {
          if (this.browser === launching) this.browser = null;
        }),
      )
      .catch(() => {
        this.logger.error('Chromium could not be started for PDF printing');
        if (this.browser === launching) this.browser = null;
      });
    return launching;
  }

  private acquire(): Promise<void> {
    if (this.running < MAX_CONCURRENT) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => resolve()));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('PDF printing timed out')), PDF_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
