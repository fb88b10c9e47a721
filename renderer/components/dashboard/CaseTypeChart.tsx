import { BarChart } from '@mantine/charts';

export type CaseTypeBar = { label: string; accepted: number; closed: number };

type Props = {
  rows: readonly CaseTypeBar[];
  labels: { accepted: string; closed: string };
};

/** Accepted next to closed for each case type: the court's headline figures as bars. */
export function CaseTypeChart({ rows, labels }: Props) {
  return (
    <BarChart
      h={260}
      data={[...rows]}
      dataKey="label"
      series={[
        { name: 'accepted', label: labels.accepted, color: 'blue.6' },
        { name: 'closed', label: labels.closed, color: 'teal.6' },
      ]}
      withLegend
      legendProps={{ verticalAlign: 'top', height: 36 }}
      withBarValueLabel
      maxBarWidth={56}
      yAxisProps={{ allowDecimals: false }}
      tickLine="y"
      gridAxis="y"
      valueFormatter={(v) => String(v)}
    />
  );
}
