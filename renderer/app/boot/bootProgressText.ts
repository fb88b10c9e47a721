import type { Locale } from '../../../shared/messages/Locale';
import { translate } from '../i18n/translate';
import type { DemoProgress } from './loadDemoCourt';

/** "已生成 12,000 / 50,000 件": the figures grouped as the interface's language groups them. */
export function bootProgressText(locale: Locale, { done, total }: DemoProgress): string {
  const numbers = new Intl.NumberFormat(locale);
  return translate(locale, 'boot.progress', { done: numbers.format(done), total: numbers.format(total) });
}
