import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { currentAssets } from '../../../shared/assets/currentAssets';
import { overSeizureMeter } from '../../../shared/assets/overSeizureMeter';
import { rankByLeastHarm } from '../../../shared/assets/rankByLeastHarm';
import { formatYuan, type Fen } from '../../../shared/domain/money';
import { useServices } from '../../app/services/servicesContext';
import { LeastHarmList } from '../../components/inventory/LeastHarmList';
import { OverSeizureMeterBar } from '../../components/inventory/OverSeizureMeterBar';
import { useLive } from '../../data/useLive';
import { ledgerRows } from './ledgerRows';
import { LedgerTable } from './LedgerTable';
import { percentText } from './percentText';
import { RenewalDialog } from './RenewalDialog';
import { useLedgerText } from './useLedgerText';

type Props = { caseId: string; outstandingFen: Fen; today: string };

/**
 * 财产 on the case page: the debtor's ledger across every visit of the case, one over-seizure meter for the
 * whole case against what is still owed (lapsed measures hold nothing and are not counted), the least-harm
 * suggestion with its reasons, and renewal from the row.
 */
export function CaseLedgerSection({ caseId, outstandingFen, today }: Props) {
  const { repos } = useServices();
  const text = useLedgerText();
  const { t } = text;
  const assets = useLive(() => repos.assets.listForCase(caseId), [repos, caseId]);
  const [renewing, setRenewing] = useState<Asset | null>(null);
  const view = useMemo(() => {
    if (assets === undefined) return null;
    const rows = ledgerRows(assets, today);
    const meter = overSeizureMeter(assets, outstandingFen, { today });
    const suggestions = rankByLeastHarm(currentAssets(assets), { outstandingFen })
      .filter((r) => r.isEligible && r.asset.measure.kind === 'none')
      .slice(0, 8)
      .map((r) => ({
        id: r.asset.id,
        ...text.title(r.asset),
        reasons: r.reasonDetails.map((d) => text.codeWith(d.code, d.params ?? {})),
        rowIndex: null,
      }));
    return { rows, meter, suggestions };
  }, [assets, outstandingFen, today, text]);
  if (view === null) return null;
  const { rows, meter, suggestions } = view;
  const notes = [
    meter.unvaluedAssetIds.length > 0
      ? t('ledger.meter.unvalued', { count: meter.unvaluedAssetIds.length })
      : '',
    meter.lapsedAssetIds.length > 0 ? t('ledger.meter.lapsed', { count: meter.lapsedAssetIds.length }) : '',
  ].filter((n) => n !== '');

  return (
    <Paper withBorder p="md" data-testid="case-ledger">
      <Group gap="xs" mb="xs">
        <Title order={2} size="h5">
          {t('ledger.title')}
        </Title>
        <Badge variant="light" data-testid="ledger-count">
          {t('ledger.count', { count: rows.length })}
        </Badge>
      </Group>
      <OverSeizureMeterBar
        level={meter.level}
        percent={meter.ratioBp === null ? (meter.valueUnderMeasureFen > 0 ? 100 : 0) : meter.ratioBp / 100}
        title={t('ledger.meter.title')}
        figures={t('ledger.meter.figures', {
          value: formatYuan(meter.valueUnderMeasureFen),
          outstanding: formatYuan(meter.outstandingFen),
        })}
        ratio={meter.ratioBp === null ? null : percentText(meter.ratioBp)}
        note={notes.length === 0 ? null : notes.join(t('punct.clauses'))}
      />
      {meter.level !== 'ok' && (
        <Alert
          mt="xs"
          color={meter.level === 'exceeded' ? 'red' : 'orange'}
          variant="light"
          data-testid="ledger-meter-warning"
        >
          {text.code(meter.level === 'exceeded' ? 'asset.meterExceeded' : 'asset.meterApproaching')}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed" mt="sm">
          {t('ledger.empty')}
        </Text>
      ) : (
        <Stack mt="sm" gap="md">
          <div style={{ minWidth: 0 }}>
            <LedgerTable rows={rows} text={text} onRenew={setRenewing} />
          </div>
          <LeastHarmList
            title={t('ledger.rank.title')}
            hint={t('ledger.rank.hint')}
            empty={t('ledger.rank.empty')}
            items={suggestions}
            onPick={() => undefined}
          />
        </Stack>
      )}
      <RenewalDialog asset={renewing} today={today} text={text} onClose={() => setRenewing(null)} />
    </Paper>
  );
}
