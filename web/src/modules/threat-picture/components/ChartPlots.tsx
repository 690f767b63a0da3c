import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourAt } from '../utils/palette';

export type Datum = { label: string } & Record<string, string | number>;
export type Series = { key: string; name: string };

const AXIS = { fill: '#0b0c0c', fontSize: 14 };
// The figure around the chart is the tab stop; recharts' own keyboard layer would add an unnamed second one.
const COMMON = { accessibilityLayer: false, margin: { top: 16, right: 16, bottom: 8, left: 0 } } as const;

/** One value per category, labelled on the bar. */
export function SimpleBarChart({ data, series, layout = 'horizontal' }: { data: Datum[]; series: Series; layout?: 'horizontal' | 'vertical' }) {
  const vertical = layout === 'vertical';
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 300 }}>
      <BarChart data={data} layout={layout} {...COMMON}>
        <CartesianGrid strokeDasharray="3 3" stroke="#b1b4b6" />
        <BarAxes vertical={vertical} />
        <Tooltip />
        <Bar dataKey={series.key} name={series.name} fill={colourAt(0)} isAnimationActive={false}>
          <LabelList dataKey={series.key} position={vertical ? 'right' : 'top'} fill="#0b0c0c" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The axes of a bar chart: categories along the bottom, or down the side (for long names or many categories). */
function BarAxes({ vertical }: { vertical: boolean }) {
  return vertical ? (
    <>
      <XAxis type="number" allowDecimals={false} tick={AXIS} />
      <YAxis type="category" dataKey="label" width={180} tick={AXIS} interval={0} />
    </>
  ) : (
    <>
      <XAxis dataKey="label" tick={AXIS} interval={0} />
      <YAxis allowDecimals={false} tick={AXIS} />
    </>
  );
}

/** Several series per category, stacked or side by side, with a legend. */
export function MultiBarChart({
  data,
  series,
  stacked = false,
  layout = 'horizontal',
}: {
  data: Datum[];
  series: Series[];
  stacked?: boolean;
  layout?: 'horizontal' | 'vertical';
}) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 300 }}>
      <BarChart data={data} layout={layout} {...COMMON}>
        <CartesianGrid strokeDasharray="3 3" stroke="#b1b4b6" />
        <BarAxes vertical={layout === 'vertical'} />
        <Tooltip />
        <Legend wrapperStyle={{ color: '#0b0c0c' }} />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={colourAt(i)}
            stackId={stacked ? 'stack' : undefined}
            stroke="#ffffff"
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Counts per month, one line per series, each with its own dot shape so lines differ without colour. */
export function MonthlyLineChart({ data, series }: { data: Datum[]; series: Series[] }) {
  const dashes = ['0', '6 3', '2 2', '10 4'];
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 300 }}>
      <LineChart data={data} {...COMMON}>
        <CartesianGrid strokeDasharray="3 3" stroke="#b1b4b6" />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} />
        <Tooltip />
        <Legend wrapperStyle={{ color: '#0b0c0c' }} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={colourAt(i)}
            strokeWidth={3}
            strokeDasharray={dashes[i % dashes.length]}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
