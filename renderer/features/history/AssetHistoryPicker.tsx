import { Group, Select } from '@mantine/core';
import { useState } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { useT } from '../../app/i18n/useT';
import { assetLabel } from '../inventory/assetLabel';
import { HistoryDrawerButton } from './HistoryDrawerButton';

type Props = { assets: readonly Asset[] };

/**
 * The history of one inventory item: the grid's rows are cells for fast entry, so the item is chosen here
 * (searchable by name, model or serial number) and its history opens in the drawer.
 */
export function AssetHistoryPicker({ assets }: Props) {
  const t = useT();
  const [assetId, setAssetId] = useState<string | null>(null);
  const options = assets.map((asset) => {
    const label = assetLabel(asset, t('inventory.unnamed'));
    return { value: asset.id, label: [label.title, label.detail].filter((p) => p !== '').join(' · ') };
  });
  const chosen = assets.some((a) => a.id === assetId) ? assetId : null;
  if (assets.length === 0) return null;
  return (
    <Group gap="xs" align="flex-end" data-testid="asset-history-picker">
      <Select
        size="xs"
        w={360}
        label={t('history.assetPicker')}
        placeholder={t('history.assetPickerPlaceholder')}
        data={options}
        value={chosen}
        onChange={setAssetId}
        searchable
        clearable
      />
      {chosen !== null && <HistoryDrawerButton entity="asset" entityId={chosen} />}
    </Group>
  );
}
