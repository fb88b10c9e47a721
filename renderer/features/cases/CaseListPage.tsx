import { Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { getHotkeyHandler, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/caseStatus';
import { CASE_TYPES, type CaseType } from '../../../shared/domain/caseType';
import { useT } from '../../app/i18n/useT';
import { CaseListTable, type CaseListLabels } from '../../components/CaseListTable';
import { useDisputedCaseIds } from '../conflicts/useDisputedCaseIds';
import { useCaseListStore } from './caseListStore';
import { useCaseList } from './useCaseList';
import { useCaseListExport } from './useCaseListExport';
import { ExpiringMeasuresPanel } from '../ledger/ExpiringMeasuresPanel';
import { localToday } from '../inventory/localToday';

/** Searchable, filterable, keyboard-driven list of the team's cases. */
export function CaseListPage() {
  const t = useT();
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  const { query, type, status, selected, setQuery, setType, setStatus, setSelected } = useCaseListStore();
  const { rows, total, isLoading, isComplete } = useCaseList();
  const disputedIds = useDisputedCaseIds();
  const exportList = useCaseListExport(isComplete ? rows : undefined);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  useEffect(() => {
    // Lets benchmarks and tests know the list painted what the current filter asked for.
    if (rows) performance.mark('fw:case-list-rendered', { detail: { count: rows.length, isComplete } });
  }, [rows, isComplete]);

  const labels = useMemo<CaseListLabels>(
    () => ({
      number: t('cases.col.number'),
      type: t('cases.col.type'),
      respondent: t('cases.col.respondent'),
      applicant: t('cases.col.applicant'),
      accepted: t('cases.col.accepted'),
      outstanding: t('cases.col.outstanding'),
      status: t('cases.col.status'),
      demo: t('demo.badge'),
      disputed: t('conflicts.disputed'),
      typeName: (v) => t(`caseType.${v}`),
      statusName: (v) => t(`caseStatus.${v}`),
    }),
    [t],
  );

  const count = rows?.length ?? 0;
  const move = (delta: number) => setSelected(Math.max(0, Math.min(count - 1, selected + delta)));
  const open = () => {
    const row = rows?.[selected];
    if (row) navigate(`/cases/${row.id}`);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">
          {t('cases.title')}
        </Title>
        <Text size="sm" c="dimmed" data-testid="case-count">
          {isLoading || total === undefined
            ? t('cases.loading')
            : count === total || !isComplete
              ? t('cases.count', { count: total })
              : t('cases.countFiltered', { count, total })}
        </Text>
      </Group>
      <ExpiringMeasuresPanel today={localToday()} scope="mine" />
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          ref={searchRef}
          style={{ flex: 1 }}
          aria-label={t('cases.searchLabel')}
          placeholder={t('cases.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => {
            // "/" is the key that focuses this box: typed into the empty box it meant just that.
            const value = e.currentTarget.value;
            setQuery(query === '' && value === '/' ? '' : value);
          }}
          onKeyDown={getHotkeyHandler([
            ['ArrowDown', () => move(1)],
            ['ArrowUp', () => move(-1)],
            ['PageDown', () => move(15)],
            ['PageUp', () => move(-15)],
            ['Enter', open],
          ])}
          autoFocus
          data-testid="case-search"
        />
        <Select
          w={150}
          label={t('cases.filterType')}
          value={type}
          allowDeselect={false}
          onChange={(v) => setType((v ?? 'all') as CaseType | 'all')}
          data={[
            { value: 'all', label: t('cases.all') },
            ...CASE_TYPES.map((v) => ({ value: v, label: t(`caseType.${v}`) })),
          ]}
          data-testid="filter-type"
        />
        <Select
          w={130}
          label={t('cases.filterStatus')}
          value={status}
          allowDeselect={false}
          onChange={(v) => setStatus((v ?? 'all') as CaseStatus | 'all')}
          data={[
            { value: 'all', label: t('cases.all') },
            ...CASE_STATUSES.map((v) => ({ value: v, label: t(`caseStatus.${v}`) })),
          ]}
          data-testid="filter-status"
        />
        <Button
          variant="default"
          onClick={exportList.run}
          disabled={!exportList.isReady}
          loading={exportList.isExporting}
          data-testid="case-list-export"
        >
          {t('cases.export.button')}
        </Button>
      </Group>
      {isLoading || !rows ? (
        <Group justify="center" p="xl">
          <Loader size="sm" />
          <Text c="dimmed">{t('cases.loading')}</Text>
        </Group>
      ) : rows.length === 0 ? (
        <Text c="dimmed" ta="center" p="xl" data-testid="case-list-empty">
          {t('cases.empty')}
        </Text>
      ) : (
        <CaseListTable
          rows={rows}
          selected={selected}
          labels={labels}
          onSelect={setSelected}
          onOpen={(id) => navigate(`/cases/${id}`)}
          height="calc(100vh - 250px)"
          disputedIds={disputedIds}
        />
      )}
      <Text size="xs" c="dimmed">
        {t('cases.keyboardHint')}
      </Text>
    </Stack>
  );
}
