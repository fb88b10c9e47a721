import { Badge, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { CaseSummary } from '../../shared/domain/caseSummary';
import { formatYuan } from '../../shared/domain/money';
import classes from './CaseListTable.module.css';

export type CaseListLabels = {
  number: string;
  type: string;
  respondent: string;
  applicant: string;
  accepted: string;
  outstanding: string;
  status: string;
  demo: string;
  /** The Disputed badge's text (records with open conflicts). */
  disputed?: string;
  typeName: (type: CaseSummary['type']) => string;
  statusName: (status: CaseSummary['status']) => string;
};

type Props = {
  rows: readonly CaseSummary[];
  selected: number;
  labels: CaseListLabels;
  onSelect: (index: number) => void;
  onOpen: (id: string) => void;
  height: number | string;
  /** Cases with open conflicts: their rows carry the Disputed badge. */
  disputedIds?: ReadonlySet<string>;
};

const ROW_HEIGHT = 40;
const STATUS_COLOR = { accepted: 'blue', enforcing: 'indigo', suspended: 'orange', closed: 'gray' } as const;

/** Virtualised case table: only visible rows are in the DOM, so 50,000 cases scroll smoothly. */
export function CaseListTable({ rows, selected, labels, onSelect, onOpen, height, disputedIds }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; it is not memoised by the compiler, which is what we want here.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(Math.min(selected, rows.length - 1), { align: 'auto' });
  }, [selected, rows.length, virtualizer]);

  return (
    <Box className={classes.table} role="grid" aria-rowcount={rows.length}>
      <div className={`${classes.row} ${classes.header}`} role="row">
        <span role="columnheader">{labels.number}</span>
        <span role="columnheader">{labels.type}</span>
        <span role="columnheader">{labels.respondent}</span>
        <span role="columnheader">{labels.applicant}</span>
        <span role="columnheader">{labels.accepted}</span>
        <span role="columnheader" className={classes.num}>
          {labels.outstanding}
        </span>
        <span role="columnheader">{labels.status}</span>
      </div>
      {/* Focusable, so the list scrolls from the keyboard too (its rows are not tab stops); a rowgroup,
          as a grid may hold only rows and row groups. */}
      <div
        ref={scrollRef}
        className={classes.scroll}
        style={{ height }}
        role="rowgroup"
        tabIndex={0}
        data-testid="case-list-scroll"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            return (
              <UnstyledButton
                key={r.id}
                role="row"
                aria-selected={item.index === selected}
                data-testid="case-row"
                className={classes.row}
                data-selected={item.index === selected || undefined}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
                onClick={() => {
                  onSelect(item.index);
                  onOpen(r.id);
                }}
                tabIndex={-1}
              >
                <Group gap={6} wrap="nowrap" role="gridcell">
                  <Text size="sm" fw={500} truncate>
                    {r.caseNumber}
                  </Text>
                  {r.isDemo && (
                    <Badge size="xs" color="yellow" variant="light">
                      {labels.demo}
                    </Badge>
                  )}
                  {disputedIds?.has(r.id) && (
                    <Badge size="xs" color="orange" variant="filled" data-testid="case-row-disputed">
                      {labels.disputed}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" role="gridcell" truncate>
                  {labels.typeName(r.type)}
                </Text>
                <Text size="sm" role="gridcell" truncate title={r.respondentName}>
                  {r.respondentName}
                </Text>
                <Text size="sm" role="gridcell" c="dimmed" truncate title={r.applicantName}>
                  {r.applicantName}
                </Text>
                <Text size="sm" role="gridcell">
                  {r.acceptedOn}
                </Text>
                <Text size="sm" role="gridcell" className={classes.num}>
                  {formatYuan(r.outstandingFen)}
                </Text>
                <span role="gridcell">
                  <Badge size="sm" variant="light" color={STATUS_COLOR[r.status]}>
                    {labels.statusName(r.status)}
                  </Badge>
                </span>
              </UnstyledButton>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
