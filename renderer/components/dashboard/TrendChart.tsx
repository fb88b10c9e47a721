import { LineChart } from '@mantine/charts';

export type TrendRow = { label: string; accepted: number; closed: number };

type Props = {
  rows: readonly TrendRow[];
  labels: { accepted: string; closed: string };
};

/** Accepted and closed cases step by step through the period (months, or days within a month). */
export function TrendChart({ rows, labels }: Props) {
  return (
    <LineChart
      h={260}
      data={[...rows]}
      dataKey="label"
      series={[
        { name: 'accepted', label: labels.accepted, color: 'blue.6' },
        { name: 'closed', label: labels.closed, color: 'teal.6' },
      ]}
      withLegend
      legendProps={{ verticalAlign: 'top', height: 36 }}
      curveType="linear"
      withDots={rows.length <= 12}
      yAxisProps={{ allowDecimals: false }}
      tickLine="y"
      gridAxis="y"
      valueFormatter={(v) => String(v)}
    />
  );
}
