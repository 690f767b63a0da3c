import { TEXT_LIMITS, tooLongMessage } from '@sentinel/shared';

/**
 * Minutes are kept as sanitised HTML by the API; the web edits them as plain text. Blank lines separate
 * paragraphs and single line breaks stay line breaks.
 */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
}

/**
 * What is wrong with minutes text as long as this, or null. The API bounds the HTML it is sent as, a little longer
 * than the text typed (paragraph marks, `&amp;`), so both are held to the limit the character count shows.
 */
export function minutesTextProblem(label: string, text: string): string | null {
  const max = TEXT_LIMITS.minutesText;
  return text.length > max || textToHtml(text).length > max ? tooLongMessage(label, max) : null;
}

/** The text of sanitised HTML, read with the browser's parser (which runs nothing), never put into the page as HTML. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  const marked = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/li>/gi, '\n')
    .replace(/<\/p>/gi, '\n\n');
  const doc = new DOMParser().parseFromString(marked, 'text/html');
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
