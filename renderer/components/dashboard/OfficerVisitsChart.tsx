import { BarChart } from '@mantine/charts';

export type OfficerBar = { name: string; visits: number };

type Props = {
  rows: readonly OfficerBar[];
  label: string;
};

const ROW_PX = 34;

/** Visits per officer as horizontal bars, most visits on top; the chart grows with the team. */
export function OfficerVisitsChart({ rows, label }: Props) {
  return (
    <BarChart
      h={Math.max(140, rows.length * ROW_PX + 50)}
      data={[...rows]}
      dataKey="name"
      orientation="vertical"
      series={[{ name: 'visits', label, color: 'indigo.6' }]}
      yAxisProps={{ width: 80 }}
      // Visits are whole: no 0.5 ticks on a short axis.
      xAxisProps={{ allowDecimals: false }}
      withBarValueLabel
      maxBarWidth={24}
      gridAxis="x"
      tickLine="x"
      valueFormatter={(v) => String(v)}
    />
  );
}
