import { describe, expect, it } from 'vitest';
import { personPresentSchema } from './personPresent';
import { isNotBlank } from './isNotBlank';

describe('isNotBlank', () => {
  it('is false for empty and white-space-only text, including the ideographic space', () => {
    expect(isNotBlank('')).toBe(false);
    expect(isNotBlank(' \t\n\u3000')).toBe(false);
    expect(isNotBlank(' 张 ')).toBe(true);
  });

  it('lets schemas keep text exactly as typed, spaces included', () => {
    expect(personPresentSchema.parse({ name: '张 ', role: ' 厂长' })).toEqual({ name: '张 ', role: ' 厂长' });
  });
});
