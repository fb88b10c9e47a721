import { formatYuan } from '../../../shared/domain/money';
import type { IncidentMeasure } from '../../../shared/visits/incidentMeasure';
import { unreachable } from '../../../shared/util/assert';
import { useT } from '../i18n/useT';

/** One measure as a line of text for screens and the printed record: "罚款 5,000.00 元". */
export function useMeasureText(): (m: IncidentMeasure) => string {
  const t = useT();
  return (m) => {
    switch (m.kind) {
      case 'warning':
      case 'order_to_leave':
      case 'police_referral':
      case 'crime_referral':
        return t(`visits.measure.${m.kind}`);
      case 'fine':
        return t('visits.measure.fineText', { amount: formatYuan(m.amountFen) });
      case 'detention':
        return t('visits.measure.detentionText', {
          subject: t(
            m.subject === 'legal_representative'
              ? 'visits.measure.subjectLegalRep'
              : 'visits.measure.subjectOther',
          ),
          name: m.personName,
          days: m.days,
          reason: m.reason || '—',
        });
      default:
        return unreachable(m);
    }
  };
}
