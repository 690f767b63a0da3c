import zlib from 'node:zlib';
import compression from 'compression';

/**
 * Compresses what leaves the server when the browser accepts it: brotli, else gzip, for text of 1 kB or more (GraphQL
 * answers, the web app's scripts and styles, CSV); files that are compressed already (PDF, Word, Excel, images)
 * pass as they are. Brotli at quality 5, a fraction of a millisecond for a typical answer. Compressing answers that
 * hold personal data next to text a request chose is safe here because no other site can send a request with the
 * person's session (SameSite cookies, and GraphQL's CSRF prevention), which a BREACH-style guess would need.
 */
export const compressAnswers = compression({
  threshold: 1024,
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
});
