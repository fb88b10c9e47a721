import { resolve } from 'node:path';
import { z } from 'zod';

/** Listening on loopback unless told otherwise: exposing the server is a deliberate act (docs/operations.md). */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8765;
export const DEFAULT_DATA_DIR = './.data/court';

const envSchema = z.object({
  HOST: z.string().min(1).default(DEFAULT_HOST),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: 'PORT must be a number from 0 to 65535 (0 = any free port)' })
    .default(String(DEFAULT_PORT))
    .transform(Number)
    .refine((n) => n <= 65_535, { error: 'PORT must be a number from 0 to 65535' }),
  DATABASE_URL: z.string().min(1).optional(),
  FIELDWRIT_DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

/** The court server's settings, all from environment variables. */
export type ServerConfig = {
  host: string;
  port: number;
  /** PostgreSQL connection string; null = embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
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
    logLevel: e.LOG_LEVEL,
  };
}
