import { formatYuan } from '../../../shared/domain/money';
import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import { checklistOverrideSchema } from '../../../shared/visits/checklistOverride';
import { incidentMeasureSchema } from '../../../shared/visits/incidentMeasure';
import { useT } from '../../app/i18n/useT';
import { zhCN, type MessageKey } from '../../app/i18n/zhCN';
import { useFormatVisitValue } from '../review/useFormatVisitValue';
import { useMeasureText } from '../../app/text/useMeasureText';
import { formatAuditTime } from './formatAuditTime';
import { useFieldName } from '../../app/i18n/useFieldName';

/** Longest value shown in a history row; the export keeps every value whole. */
const MAX_TEXT = 600;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Catalog prefixes of the coded values a person should read as words, per entity and field. */
const CODED: Partial<Record<SyncedEntity, Record<string, string>>> = {
  case: { status: 'caseStatus', type: 'caseType', closingMode: 'closingMode' },
  visit: { state: 'visits.state', operatingState: 'visits.operatingState' },
  incident: { kind: 'visits.incidentKind' },
  visitReview: { decision: 'review.decision' },
};

/** A field's value as a person reads it in the history: words for codes, yuan for fen, local times. */
export function useHistoryValue(): (entity: SyncedEntity, field: string, value: Json) => string {
  const t = useT();
  const visitValue = useFormatVisitValue();
  const measureText = useMeasureText();
  const fieldName = useFieldName();
  const shorten = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
  return (entity, field, value) => {
    if (value === null || value === '') return '—';
    if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
    if (typeof value === 'number' && field.endsWith('Fen')) return `¥${formatYuan(value)}`;
    if (typeof value === 'string') {
      const prefix = CODED[entity]?.[field];
      const key = `${prefix}.${value}`;
      if (prefix && Object.hasOwn(zhCN, key)) return t(key as MessageKey);
      if (ISO_INSTANT.test(value)) return formatAuditTime(value);
      return shorten(value);
    }
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) return shorten(value.join(t('punct.list'))) || '—';
      if (entity === 'incident' && field === 'measures') {
        const measures = value.map((m) => incidentMeasureSchema.safeParse(m));
        if (measures.every((m) => m.success))
          return measures.map((m) => measureText(m.data!)).join(t('punct.clauses')) || '—';
      }
      if (value.length === 0) return '—';
    } else if (typeof value === 'object') {
      // An approval given with unmet legal-sufficiency checks: which, and why, in words.
      const override = field === 'checklistOverride' ? checklistOverrideSchema.safeParse(value) : null;
      if (override?.success)
        return shorten(
          t('review.history.override', {
            items: override.data.unmetItems
              .map((item) => t(`review.checklist.${item}`))
              .join(t('review.itemSeparator')),
            reason: override.data.reason,
          }),
        );
      // Amounts grouped in one field (a case's claim): each part by name, in yuan.
      const parts = Object.entries(value);
      if (parts.length > 0 && parts.every(([k, v]) => k.endsWith('Fen') && typeof v === 'number'))
        return parts.map(([k, v]) => `${fieldName(k)} ¥${formatYuan(v as number)}`).join(t('punct.list'));
    }
    return shorten(visitValue(field, value));
  };
}
