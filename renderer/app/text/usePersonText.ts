import { useCallback } from 'react';
import type { PersonPresent } from '../../../shared/visits/personPresent';
import { isNotBlank } from '../../../shared/visits/isNotBlank';
import { useT } from '../i18n/useT';

/**
 * A person as a record reads: "张强（厂长）", in English "Zhang Qiang (manager)". A row saved before its
 * name was typed says so instead of showing a bare role, so a draft never reads as if someone nameless had
 * been recorded on purpose.
 */
export function usePersonText(): (person: PersonPresent) => string {
  const t = useT();
  return useCallback(
    (p: PersonPresent) => {
      const name = isNotBlank(p.name) ? p.name : t('visits.person.unnamed');
      return isNotBlank(p.role) ? t('visits.text.aside', { text: name, aside: p.role }) : name;
    },
    [t],
  );
}
