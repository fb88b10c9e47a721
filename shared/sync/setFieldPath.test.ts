import { describe, expect, it } from 'vitest';
import { setFieldPath } from './setFieldPath';

describe('setFieldPath', () => {
  it('replaces a top-level field and a nested one without touching the original', () => {
    const visit = { findings: 'a', signature: { signedBy: null, refusedToSign: true, refusalNote: 'x' } };
    expect(setFieldPath(visit, 'findings', 'b').findings).toBe('b');
    const next = setFieldPath(visit, 'signature.refusalNote', 'y');
    expect(next.signature).toEqual({ signedBy: null, refusedToSign: true, refusalNote: 'y' });
    expect(visit.signature.refusalNote).toBe('x');
  });
});
