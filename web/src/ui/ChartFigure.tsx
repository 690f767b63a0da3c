import { useId, useState, type ReactNode } from 'react';

type Props = {
  title: string;
  /** One or two sentences saying what the chart shows, read with the chart and shown under it. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  headingLevel?: 2 | 3;
  /** For bars laid across, one row per category: the plot grows with them so that no two labels overlap. */
  rows?: number;
};

const ROW_HEIGHT = 36;

/**
 * A chart for those who look, and the same figures as a table for those who read or listen. The figure itself
 * is one tab stop named by its heading and described by its summary; the table is one button away.
 */
export function ChartFigure({ title, summary, chart, table, headingLevel = 2, rows }: Props) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="app-chart govuk-!-margin-bottom-8">
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={`${id}-heading`}>
        {title}
      </Heading>
      <figure
        className="app-chart__figure"
        // A tab stop on purpose: keyboard users reach each chart and hear its name and summary (ChartFigure.test.tsx).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-labelledby={`${id}-heading`}
        aria-describedby={`${id}-summary`}
      >
        <div className="app-chart__plot" style={rows ? { height: Math.max(300, rows * ROW_HEIGHT + 80) } : undefined}>
          {chart}
        </div>
        <figcaption className="govuk-body-s app-chart__summary" id={`${id}-summary`}>
          {summary}
        </figcaption>
      </figure>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        aria-expanded={asTable}
        aria-controls={`${id}-table`}
        onClick={() => setAsTable((v) => !v)}
      >
        Show as table
      </button>
      <div id={`${id}-table`} hidden={!asTable}>
        {asTable && table}
      </div>
    </section>
  );
}
