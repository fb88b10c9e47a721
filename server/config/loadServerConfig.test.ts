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
      databaseOwnerUrl: null,
      signingKeyFile: resolve('.data/court.signing-keys.json'),
      isSigningKeyFileDefault: true,
      checkpointIntervalMs: 60 * 60_000,
      logLevel: 'info',
      requestTimeoutMs: 60_000,
      trustedProxies: [],
      rateLimitsPerMinute: {},
    });
  });

  it('reads rate limits per minute and refuses a malformed list', () => {
    expect(loadServerConfig({ FIELDWRIT_RATE_LIMITS: 'push=300, pull=600' }).rateLimitsPerMinute).toEqual({
      push: 300,
      pull: 600,
    });
    expect(() => loadServerConfig({ FIELDWRIT_RATE_LIMITS: 'push=lots' })).toThrow(/FIELDWRIT_RATE_LIMITS/);
    expect(() => loadServerConfig({ FIELDWRIT_RATE_LIMITS: 'toString=1' })).toThrow(/FIELDWRIT_RATE_LIMITS/);
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

  it('reads the owner role, the signing key file and the checkpoint interval', () => {
    const config = loadServerConfig({
      DATABASE_URL: 'postgresql://fieldwrit_app@db/court',
      DATABASE_OWNER_URL: 'postgresql://fieldwrit_owner@db/court',
      FIELDWRIT_SIGNING_KEY_FILE: '/etc/fieldwrit/signing-keys.json',
      FIELDWRIT_CHECKPOINT_MINUTES: '15',
    });
    expect(config).toMatchObject({
      databaseOwnerUrl: 'postgresql://fieldwrit_owner@db/court',
      signingKeyFile: '/etc/fieldwrit/signing-keys.json',
      isSigningKeyFileDefault: false,
      checkpointIntervalMs: 15 * 60_000,
    });
    expect(() => loadServerConfig({ FIELDWRIT_CHECKPOINT_MINUTES: '0' })).toThrow(
      /FIELDWRIT_CHECKPOINT_MINUTES/,
    );
  });

  it.each(['-1', '70000', 'http', '80.5'])('refuses PORT=%s with a message naming the variable', (port) => {
    expect(() => loadServerConfig({ PORT: port })).toThrow(/PORT/);
  });
});
