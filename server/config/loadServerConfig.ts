import { resolve } from 'node:path';
import { z } from 'zod';

/** Listening on loopback unless told otherwise: exposing the server is a deliberate act (docs/operations.md). */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8765;
export const DEFAULT_DATA_DIR = './.data/court';
/** How often a signed checkpoint of every chain head is published (docs/security.md). */
export const DEFAULT_CHECKPOINT_MINUTES = 60;

const envSchema = z.object({
  HOST: z.string().min(1).default(DEFAULT_HOST),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: 'PORT must be a number from 0 to 65535 (0 = any free port)' })
    .default(String(DEFAULT_PORT))
    .transform(Number)
    .refine((n) => n <= 65_535, { error: 'PORT must be a number from 0 to 65535' }),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_OWNER_URL: z.string().min(1).optional(),
  FIELDWRIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  FIELDWRIT_CHECKPOINT_MINUTES: z
    .string()
    .regex(/^\d{1,5}$/, { error: 'FIELDWRIT_CHECKPOINT_MINUTES must be a whole number of minutes from 1' })
    .default(String(DEFAULT_CHECKPOINT_MINUTES))
    .transform(Number)
    .refine((n) => n >= 1, { error: 'FIELDWRIT_CHECKPOINT_MINUTES must be at least 1' }),
  FIELDWRIT_DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  FIELDWRIT_TRUSTED_PROXIES: z.string().optional(),
  FIELDWRIT_RATE_LIMITS: z
    .string()
    .regex(
      /^\s*(push|pull|refresh|uploadReservation)=\d{1,6}(\s*,\s*(push|pull|refresh|uploadReservation)=\d{1,6})*\s*$/,
      {
        error:
          'FIELDWRIT_RATE_LIMITS lists requests per minute, e.g. push=120,pull=240,refresh=60,uploadReservation=120',
      },
    )
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  FIELDWRIT_REQUEST_TIMEOUT_SECONDS: z
    .string()
    .regex(/^\d{1,4}$/, {
      error: 'FIELDWRIT_REQUEST_TIMEOUT_SECONDS must be a whole number of seconds from 1',
    })
    .default('60')
    .transform(Number)
    .refine((n) => n >= 1, { error: 'FIELDWRIT_REQUEST_TIMEOUT_SECONDS must be at least 1' }),
});

/** The court server's settings, all from environment variables. */
export type ServerConfig = {
  host: string;
  port: number;
  /** PostgreSQL connection string; null = embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /**
   * PostgreSQL connection string of the role that owns the tables: migrations and grants run as it, the
   * server as `databaseUrl`'s role, which owns nothing (docs/operations.md). null = one role for both.
   */
  databaseOwnerUrl: string | null;
  /** The court's Ed25519 key file, outside the database; `isSigningKeyFileDefault` when not configured. */
  signingKeyFile: string;
  isSigningKeyFileDefault: boolean;
  checkpointIntervalMs: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** A whole request (headers and body) must arrive within this; a trickled body is cut off. */
  requestTimeoutMs: number;
  /**
   * Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For names the client: the sign-in
   * throttle counts per source address (docs/security.md). Empty = the peer's address, the header ignored.
   */
  trustedProxies: string[];
  /** Requests per minute per device (or source address) overriding the defaults (server/app/limits). */
  rateLimitsPerMinute: Partial<Record<'push' | 'pull' | 'refresh' | 'uploadReservation', number>>;
};

/** Reads and checks the environment; throws a readable error naming the bad variable. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `环境变量 ${issue.path.join('.')} 不正确 / Invalid environment variable ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: resolve(e.FIELDWRIT_DATA_DIR),
    databaseOwnerUrl: e.DATABASE_OWNER_URL ?? null,
    // Beside the data folder by default, never inside it: a copy of the database is not a copy of the key.
    signingKeyFile: resolve(
      e.FIELDWRIT_SIGNING_KEY_FILE ?? `${resolve(e.FIELDWRIT_DATA_DIR)}.signing-keys.json`,
    ),
    isSigningKeyFileDefault: e.FIELDWRIT_SIGNING_KEY_FILE === undefined,
    checkpointIntervalMs: e.FIELDWRIT_CHECKPOINT_MINUTES * 60_000,
    logLevel: e.LOG_LEVEL,
    requestTimeoutMs: e.FIELDWRIT_REQUEST_TIMEOUT_SECONDS * 1000,
    trustedProxies: (e.FIELDWRIT_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    rateLimitsPerMinute: Object.fromEntries(
      (e.FIELDWRIT_RATE_LIMITS ?? '')
        .split(',')
        .filter((part) => part.trim() !== '')
        .map((part) => {
          const [name, count] = part.split('=').map((x) => x.trim());
          return [name!, Number(count)];
        }),
    ),
  };
}
