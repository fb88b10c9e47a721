import { describe, expect, it } from 'vitest';
import { translate } from '../../app/i18n/translate';
import { visitsEn } from '../../app/i18n/catalogs/visits.en';

/** Full-width punctuation and Han characters: what an English screen or print must never show. */
const CHINESE = /[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/;

describe('punctuation between translated pieces of visit screens and the printed record', () => {
  it('reads as Chinese in Chinese and as English in English', () => {
    const labelled = { label: 'L', value: 'V' };
    expect(translate('zh-CN', 'visits.text.labelled', labelled)).toBe('L：V');
    expect(translate('en', 'visits.text.labelled', labelled)).toBe('L: V');
    expect(translate('zh-CN', 'visits.text.aside', { text: '张强', aside: '厂长' })).toBe('张强（厂长）');
    expect(translate('en', 'visits.text.aside', { text: 'Zhang Qiang', aside: 'manager' })).toBe(
      'Zhang Qiang (manager)',
    );
    expect(['A', 'B'].join(translate('en', 'visits.text.list'))).toBe('A, B');
    expect(['甲', '乙'].join(translate('zh-CN', 'visits.text.list'))).toBe('甲、乙');
    expect(translate('en', 'visits.text.thenClause', { text: 'Operating', clause: 'about 3 staff' })).toBe(
      'Operating; about 3 staff',
    );
  });

  it('numbers incidents with Chinese numerals in Chinese and digits in English', () => {
    expect(translate('zh-CN', 'visits.print.incidentOrdinal', { n: 2, cn: '二' })).toBe('（二）');
    expect(translate('en', 'visits.print.incidentOrdinal', { n: 2, cn: '二' })).toBe('(2) ');
  });

  it('keeps every English separator and date-field text free of Chinese punctuation', () => {
    const texts = Object.entries(visitsEn).filter(
      ([key]) => key.startsWith('visits.text.') || key.startsWith('visits.dateTime.'),
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const [key, text] of texts) expect(String(text), key).not.toMatch(CHINESE);
  });
});
