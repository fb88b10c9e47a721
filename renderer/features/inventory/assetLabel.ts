import type { Asset } from '../../../shared/assets/asset';
import { formatYuan } from '../../../shared/domain/money';

/** A one-line title, a detail line and the known value of any ledger asset, for lists outside the grid. */
export function assetLabel(
  asset: Asset,
  unnamed: string,
): { title: string; detail: string; value: string | null } {
  const join = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join(' · ');
  const value = asset.valuation === null ? null : `¥${formatYuan(asset.valuation.valueFen)}`;
  switch (asset.class) {
    case 'machinery':
      return {
        title: asset.name.trim() || unnamed,
        detail: join(asset.model, asset.serialNumber, `${asset.quantity}${asset.unit}`, asset.location),
        value,
      };
    case 'bank_deposit':
      return {
        title: asset.bankName || unnamed,
        detail: join(asset.accountNumber, asset.accountHolder),
        value: asset.balanceFen === null ? value : `¥${formatYuan(asset.balanceFen)}`,
      };
    case 'real_estate':
      return { title: asset.address || unnamed, detail: asset.certificateNumber, value };
    case 'land':
      return { title: asset.location || unnamed, detail: asset.certificateNumber, value };
    case 'vehicle':
      return { title: join(asset.plateNumber, asset.model) || unnamed, detail: asset.vin, value };
    case 'equity':
      return { title: asset.companyName || unnamed, detail: asset.companyCreditCode, value };
  }
}
