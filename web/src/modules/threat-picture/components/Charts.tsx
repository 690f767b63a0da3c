import { lazy, Suspense, type ComponentType } from 'react';
import type * as Plots from './ChartPlots';

export type { Datum, Series } from './ChartPlots';

// The charting library is most of the threat picture's code: it is fetched when the figures have come, and drawn
// after the page's words and figures have shown, rather than holding them back. Each plot sits in a frame of fixed height, so nothing moves when it arrives.
const loadPlots = () => import('./ChartPlots');

function deferred<P extends object>(pick: (plots: typeof Plots) => ComponentType<P>) {
  const Plot = lazy(async () => ({ default: pick(await loadPlots()) }));
  return function DeferredPlot(props: P) {
    return (
      <Suspense fallback={null}>
        <Plot {...props} />
      </Suspense>
    );
  };
}

export const SimpleBarChart = deferred((plots) => plots.SimpleBarChart);
export const MultiBarChart = deferred((plots) => plots.MultiBarChart);
export const MonthlyLineChart = deferred((plots) => plots.MonthlyLineChart);
