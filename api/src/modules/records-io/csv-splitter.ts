/*
 * CSV as spreadsheets write it (RFC 4180): a field in double quotes may hold the delimiter, line breaks and
 * doubled quotes; lines end in CRLF, LF or CR. Text arrives in pieces and is split in one pass, so a row or a
 * quoted field may span two pieces, and the reader can stop at any row without looking at the rest.
 */

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the first lines use most (outside quotes); a comma when they use none. */
export function guessDelimiter(text: string): string {
  const lines = text.replace(/"[^"]*"/g, '').split(/\r\n|\n|\r/, 10);
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = lines.reduce((sum, line) => sum + line.split(d).length - 1, 0);
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

export class CsvSplitter {
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  /** A quote inside a quoted field: the end of the field, or the first of a doubled quote. */
  private quote = false;
  /** A CR ended the last row: a LF straight after it belongs to the same line break. */
  private cr = false;
  private stopped = false;

  /** `onRow` answers false to stop: nothing after that row is read. */
  constructor(
    private readonly delimiter: string,
    private readonly onRow: (cells: string[]) => boolean,
  ) {}

  push(text: string): void {
    for (let i = 0; i < text.length && !this.stopped; i++) {
      const c = text[i];
      if (this.cr) {
        this.cr = false;
        if (c === '\n') continue;
      }
      if (this.quote) {
        this.quote = false;
        if (c === '"') {
          this.field += '"';
          continue;
        }
        this.inQuotes = false;
      }
      if (this.inQuotes) {
        if (c === '"') this.quote = true;
        else this.field += c;
      } else if (c === '"' && this.field === '') {
        this.inQuotes = true;
      } else if (c === this.delimiter) {
        this.cells.push(this.field);
        this.field = '';
      } else if (c === '\n' || c === '\r') {
        this.cr = c === '\r';
        this.endRow();
      } else {
        this.field += c;
      }
    }
  }

  /** The last row, when the text does not end with a line break. */
  end(): void {
    if (!this.stopped && (this.field !== '' || this.cells.length > 0 || this.inQuotes)) this.endRow();
  }

  private endRow(): void {
    this.cells.push(this.field);
    const cells = this.cells;
    this.cells = [];
    this.field = '';
    this.inQuotes = false;
    this.quote = false;
    if (!this.onRow(cells)) this.stopped = true;
  }
}
