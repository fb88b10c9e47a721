import { useT } from '../../app/i18n/useT';

/** The texts of a list of people present (name, role, add, remove), the same wherever the list appears. */
export function usePersonRowsLabels() {
  const t = useT();
  return {
    name: t('visits.person.name'),
    role: t('visits.person.role'),
    add: t('visits.person.add'),
    remove: t('visits.person.remove'),
    nameRequired: t('visits.person.nameRequired'),
  };
}
