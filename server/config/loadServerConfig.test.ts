import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServerConfig } from './loadServerConfig';

describe('loadServerConfig', () => {
  it('defaults to loopback, port 8765 and the embedded database in ./.data/court', () => {
    expect(loadServerConfig({})).toEqual({
      host: '127.0.0.1',
      port: 8765,
      databaseUrl: null,
      dataDir: resolve('.data/court'),
      logLevel: 'info',
    });
  });

  it('reads HOST, PORT (0 = any free port), DATABASE_URL and FIELDWRIT_DATA_DIR', () => {
    const config = loadServerConfig({
      HOST: '0.0.0.0',
      PORT: '0',
      DATABASE_URL: 'postgresql://court@db/court',
      FIELDWRIT_DATA_DIR: '/srv/court',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      databaseUrl: 'postgresql://court@db/court',
      dataDir: '/srv/court',
    });
  });

  it.each(['-1', '70000', 'http', '80.5'])('refuses PORT=%s with a message naming the variable', (port) => {
    expect(() => loadServerConfig({ PORT: port })).toThrow(/PORT/);
  });
});
