import { describe, expect, it } from 'vitest';
import { checkLocalCredential, makeLocalCredential } from './localCredential';

describe('offline unlock credential', () => {
  it('accepts the password it was made from and refuses others, without storing the password', async () => {
    const c = await makeLocalCredential(
      { id: 'u1', username: 'zhangsan', name: '张三' },
      '正确的密码 correct',
    );
    expect(JSON.stringify(c)).not.toContain('correct');
    expect(await checkLocalCredential(c, '正确的密码 correct')).toBe(true);
    expect(await checkLocalCredential(c, '正确的密码 correcT')).toBe(false);
    expect(await checkLocalCredential(c, '')).toBe(false);
  });

  it('salts each credential', async () => {
    const a = await makeLocalCredential({ id: 'u1', username: 'a', name: 'A' }, 'same');
    const b = await makeLocalCredential({ id: 'u1', username: 'a', name: 'A' }, 'same');
    expect(a.hash).not.toBe(b.hash);
  });
});
