import { useT } from '../../app/i18n/useT';
import type { AutosaveStatus } from './useAutosave';

/** The words for an autosave state: "已保存 · 10:32:05", "正在保存…", "未保存：…". */
export function useSaveStateText(status: AutosaveStatus): string {
  const t = useT();
  switch (status.kind) {
    case 'idle':
      return t('visits.save.idle');
    case 'pending':
      return t('visits.save.pending');
    case 'saving':
      return t('visits.save.saving');
    case 'saved':
      return t('visits.save.saved', { time: status.at.toLocaleTimeString() });
    case 'failed':
      return t('visits.save.notSaved', { message: status.message });
  }
}
