import { useCallback } from 'react';
import type { Json } from '../../../shared/sync/mutation';
import { useT } from '../../app/i18n/useT';
import { formatLocal } from '../../app/time/localDateTime';
import { usePersonText } from '../../app/text/usePersonText';

const TIME_FIELDS = new Set(['startedAt', 'endedAt']);

/** A visit field's value as a person reads it (names, not ids; local times; the refusal in words). */
export function useFormatVisitValue(): (field: string, value: Json) => string {
  const t = useT();
  const personText = usePersonText();
  return useCallback(
    (field: string, value: Json): string => {
      if (value === null || value === '') return '—';
      if (TIME_FIELDS.has(field) && typeof value === 'string') return formatLocal(value);
      if (field === 'operatingState' && typeof value === 'string')
        return t(`visits.operatingState.${value as 'normal'}`);
      if (Array.isArray(value))
        return value
          .map((v) => {
            const o = v as { name?: string; role?: string };
            if (typeof o.name !== 'string') return JSON.stringify(v);
            return personText({ name: o.name, role: o.role ?? '' });
          })
          .join(t('punct.list'));
      if (field === 'signature' && typeof value === 'object') {
        const s = value as { signedBy: string | null; refusedToSign: boolean; refusalNote: string };
        return s.refusedToSign
          ? `${t('visits.signature.refused')}${t('punct.colon')}${s.refusalNote}`
          : (s.signedBy ?? '—');
      }
      if (field === 'coordinates' && typeof value === 'object') {
        const c = value as { lat: number; lng: number };
        return `${c.lat}, ${c.lng}`;
      }
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    },
    [t, personText],
  );
}
