import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DesktopApi, IpcContract } from './contract';
import { err, ok } from './result';
import type { Result } from './result';
import { appInfoSchema, IPC_CHANNELS, ipcEventSchemas, ipcSchemas, resultSchema } from './schemas';

describe('IPC contract', () => {
  it('lists every channel as domain:verb', () => {
    expect(IPC_CHANNELS).toEqual([
      'app:getInfo',
      'shell:openExternal',
      'journal:append',
      'journal:readAll',
      'journal:acknowledge',
      'attachments:write',
      'attachments:read',
      'print:toPdf',
      'keys:wrap',
      'keys:unwrap',
    ]);
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('groups the contract by domain in DesktopApi', () => {
    expectTypeOf<DesktopApi['journal']['append']>().toEqualTypeOf<IpcContract['journal:append']>();
    expectTypeOf<DesktopApi['app']['getInfo']>().toEqualTypeOf<IpcContract['app:getInfo']>();
    expectTypeOf<keyof DesktopApi>().toEqualTypeOf<
      'app' | 'shell' | 'journal' | 'attachments' | 'print' | 'keys' | 'events'
    >();
    expectTypeOf<DesktopApi['keys']['wrap']>().toEqualTypeOf<IpcContract['keys:wrap']>();
    expectTypeOf<DesktopApi['attachments']['write']>().toEqualTypeOf<IpcContract['attachments:write']>();
  });

  it('parses argument tuples strictly', () => {
    expect(ipcSchemas['shell:openExternal'].args.safeParse(['https://help.fieldwrit.cn/']).success).toBe(
      true,
    );
    expect(ipcSchemas['shell:openExternal'].args.safeParse(['https://help.fieldwrit.cn/', 1]).success).toBe(
      false,
    );
    expect(ipcSchemas['shell:openExternal'].args.safeParse(['']).success).toBe(false);
    expect(ipcSchemas['app:getInfo'].args.safeParse([]).success).toBe(true);
    expect(ipcSchemas['app:getInfo'].args.safeParse([undefined]).success).toBe(false);
  });

  it('names attachment files by a lower-case SHA-256 only, and takes bytes as a Uint8Array', () => {
    const sha = 'a'.repeat(64);
    const write = ipcSchemas['attachments:write'].args;
    expect(write.safeParse([sha, new Uint8Array([1, 2, 3])]).success).toBe(true);
    expect(write.safeParse(['../../etc/passwd', new Uint8Array([1])]).success).toBe(false);
    expect(write.safeParse([sha.toUpperCase(), new Uint8Array([1])]).success).toBe(false);
    expect(write.safeParse([sha, [1, 2, 3]]).success).toBe(false);
    expect(write.safeParse([sha, 'bytes']).success).toBe(false);
    expect(ipcSchemas['attachments:read'].args.safeParse([`${sha}/x`]).success).toBe(false);
  });
});

describe('resultSchema', () => {
  const schema = resultSchema(appInfoSchema);
  const info = {
    name: 'FieldWrit',
    version: '0.1.0',
    platform: 'win32',
    electronVersion: '45.4.1',
    chromeVersion: '140.0.0.0',
    isPackaged: true,
    courtServerOrigin: null,
  };

  it('accepts a success and an error value', () => {
    expect(schema.parse(ok(info))).toEqual({ ok: true, value: info });
    const failure: Result<typeof info> = err('io-failed', 'disk full');
    expect(schema.parse(failure)).toEqual({ ok: false, error: { code: 'io-failed', message: 'disk full' } });
  });

  it('refuses malformed replies', () => {
    expect(schema.safeParse({ ok: true, value: { ...info, isPackaged: 'yes' } }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: { code: 'made-up', message: 'x' } }).success).toBe(false);
    expect(schema.safeParse({ ok: 'true', value: info }).success).toBe(false);
    expect(schema.safeParse(undefined).success).toBe(false);
  });

  it('handles channels whose value is empty', () => {
    expect(resultSchema(ipcSchemas['journal:append'].value).parse({ ok: true, value: undefined })).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('takes exactly a 32-byte data key to wrap, and gives one back from an unwrap', () => {
    const wrap = ipcSchemas['keys:wrap'].args;
    expect(wrap.safeParse([new Uint8Array(32)]).success).toBe(true);
    expect(wrap.safeParse([new Uint8Array(31)]).success).toBe(false);
    expect(wrap.safeParse(['x'.repeat(32)]).success).toBe(false);
    expect(wrap.safeParse([new Uint8Array(32), 1]).success).toBe(false);
    expect(ipcSchemas['keys:unwrap'].args.safeParse([new Uint8Array(0)]).success).toBe(false);
    expect(ipcSchemas['keys:unwrap'].args.safeParse([new Uint8Array(4097)]).success).toBe(false);
    expect(ipcSchemas['keys:unwrap'].value.safeParse(new Uint8Array(33)).success).toBe(false);
  });

  it('parses the lock event main sends', () => {
    expect(ipcEventSchemas['power:lock'].safeParse({ reason: 'suspend' }).success).toBe(true);
    expect(ipcEventSchemas['power:lock'].safeParse({ reason: 'lock-screen' }).success).toBe(true);
    expect(ipcEventSchemas['power:lock'].safeParse({ reason: 'unlock' }).success).toBe(false);
    expect(ipcEventSchemas['power:lock'].safeParse('suspend').success).toBe(false);
  });
});
