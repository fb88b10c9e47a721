import { describe, expect, it } from 'vitest';
import { fiveCheckRecordSchema } from './fiveCheckRecord';
import { makeCheck } from './testing/makeCheck';

const codes = (input: unknown) => {
  const r = fiveCheckRecordSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('fiveCheckRecordSchema', () => {
  it('accepts online checks through either channel and an offline check at a named institution', () => {
    expect(codes(makeCheck())).toEqual([]);
    expect(
      codes(makeCheck({ source: { kind: 'online', channel: 'local', institution: '内蒙古农信' } })),
    ).toEqual([]);
    expect(
      codes(
        makeCheck({
          checkClass: 'land',
          source: { kind: 'offline', institution: '包头市自然资源局' },
          linkedAssetIds: [],
        }),
      ),
    ).toEqual([]);
    expect(codes(makeCheck({ result: 'pending', findings: '', linkedAssetIds: [] }))).toEqual([]);
  });

  it('needs the institution of an offline check', () => {
    expect(codes(makeCheck({ source: { kind: 'offline', institution: '  ' } }))).toEqual([
      'fiveChecks.institutionRequired',
    ]);
  });

  it('links assets only to a check that found property, each once', () => {
    expect(codes(makeCheck({ result: 'nothing_found' }))).toEqual(['fiveChecks.linkedWithoutFinding']);
    expect(codes(makeCheck({ linkedAssetIds: ['d1', 'd1'] }))).toEqual(['fiveChecks.assetLinkedTwice']);
  });

  it('refuses what is not one of the five, a bad date or an unknown result', () => {
    expect(codes(makeCheck({ checkClass: 'machinery' as never })).length).toBe(1);
    expect(codes(makeCheck({ checkedOn: '2025-02-29' }))).toEqual(['asset.dateFormat']);
    expect(codes(makeCheck({ result: 'maybe' as never })).length).toBe(1);
  });
});
