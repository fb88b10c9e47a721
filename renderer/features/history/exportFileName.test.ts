import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('names the case and the UTC export time', () => {
    expect(exportFileName('（2025）内0203执12号', '2025-07-02T08:05:09.123Z')).toBe(
      'history-（2025）内0203执12号-20250702-080509Z.json',
    );
  });

  it('replaces characters file systems refuse', () => {
    expect(exportFileName('A/B:C *D', '2025-07-02T08:05:09.000Z')).toBe(
      'history-A_B_C_D-20250702-080509Z.json',
    );
  });
});
