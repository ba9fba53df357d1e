import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from './db/create-db.js';
import { repositoryRoot } from './paths.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  secret: string;
  publicUrl: string;
  tls: { cert: string; key: string } | null;
  logLevel: string;
  /** Requests per minute from one address before 429, for everything but sign-in. */
  rateLimitPerMinute: number;
  /** Sign-in attempts per minute from one address. */
  loginRateLimitPerMinute: number;
  /** Submissions of the public request form per hour from one address. */
  publicRequestsPerHour: number;
  /** Submissions of the public request form per day for one phone number. */
  publicRequestsPerPhonePerDay: number;
  /** Status checks on the public page per hour from one address. */
  publicStatusChecksPerHour: number;
  /** Failed sign-ins before an account is locked, and for how long. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionHours: number;
  secureCookies: boolean;
  version: string;
  /** Days a field device may stay offline before its credential expires; extended on every contact. */
  deviceDays: number;
  /** Logbook numbers per block reserved for a field device, and the fewest unused it should carry. */
  numberBlockSize: number;
  numberReserve: number;
  /** Days the change log keeps rows; a device whose checkpoint is older gets a full snapshot. */
  changeLogDays: number;
  /** The content-addressed file store, and the folder of uploads in progress (kept outside it). */
  filesDir: string;
  uploadsDir: string;
  /** The largest export file of unsent work a head may import. */
  importMaxBytes: number;
  /** Map tiles for the planning board (`…/{z}/{x}/{y}.png`); null: the board shows no map tiles. */
  mapTilesUrl: string | null;
}

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  VALIZA_DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  VALIZA_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  TLS_CERT: z.string().optional(),
  TLS_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VALIZA_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  VALIZA_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  VALIZA_PUBLIC_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  VALIZA_PUBLIC_REQUESTS_PER_PHONE: z.coerce.number().int().min(1).default(3),
  VALIZA_PUBLIC_STATUS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  VALIZA_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(10),
  VALIZA_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  VALIZA_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  VALIZA_DEVICE_DAYS: z.coerce.number().int().min(7).max(90).default(14),
  VALIZA_NUMBER_BLOCK_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  VALIZA_NUMBER_RESERVE: z.coerce.number().int().min(1).max(5000).default(60),
  VALIZA_CHANGE_LOG_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  VALIZA_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(4096).default(512),
  VALIZA_MAP_TILES_URL: z
    .string()
    .max(500)
    .regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'must be an http(s) URL with {z}, {x} and {y}')
    .optional(),
});

export class ConfigError extends Error {}

/**
 * Reads and checks the configuration from the environment. Every problem is reported at once, by
 * variable name, before anything starts. The secret is generated into the data folder when unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, version = readVersion()): Config {
  // An empty variable means "not set" (as `DATABASE_URL= npm start` intends).
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = Env.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Valiza cannot start: the configuration is not valid.\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.TLS_CERT) !== Boolean(e.TLS_KEY)) {
    throw new ConfigError('Valiza cannot start: TLS_CERT and TLS_KEY must be given together.');
  }
  const tls = e.TLS_CERT && e.TLS_KEY ? readTls(e.TLS_CERT, e.TLS_KEY) : null;
  const dataDir = isAbsolute(e.VALIZA_DATA_DIR)
    ? e.VALIZA_DATA_DIR
    : resolve(repositoryRoot(), e.VALIZA_DATA_DIR);
  const scheme = tls ? 'https' : 'http';
  const shownHost = e.HOST === '0.0.0.0' || e.HOST === '127.0.0.1' || e.HOST === '::' ? 'localhost' : e.HOST;
  const publicUrl = (e.PUBLIC_URL ?? `${scheme}://${shownHost}:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? null,
    secret: e.VALIZA_SECRET ?? loadOrCreateSecret(dataDir),
    publicUrl,
    tls,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.VALIZA_RATE_LIMIT,
    loginRateLimitPerMinute: e.VALIZA_LOGIN_RATE_LIMIT,
    publicRequestsPerHour: e.VALIZA_PUBLIC_REQUESTS_PER_HOUR,
    publicRequestsPerPhonePerDay: e.VALIZA_PUBLIC_REQUESTS_PER_PHONE,
    publicStatusChecksPerHour: e.VALIZA_PUBLIC_STATUS_PER_HOUR,
    lockoutThreshold: e.VALIZA_LOCKOUT_THRESHOLD,
    lockoutMinutes: e.VALIZA_LOCKOUT_MINUTES,
    sessionHours: e.VALIZA_SESSION_HOURS,
    secureCookies: Boolean(tls) || publicUrl.startsWith('https://'),
    version,
    deviceDays: e.VALIZA_DEVICE_DAYS,
    numberBlockSize: e.VALIZA_NUMBER_BLOCK_SIZE,
    numberReserve: e.VALIZA_NUMBER_RESERVE,
    changeLogDays: e.VALIZA_CHANGE_LOG_DAYS,
    filesDir: join(dataDir, 'files'),
    uploadsDir: join(dataDir, 'uploads'),
    importMaxBytes: e.VALIZA_IMPORT_MAX_MB * 1024 * 1024,
    mapTilesUrl: e.VALIZA_MAP_TILES_URL ?? null,
  };
}

/** Where the database is, from the configuration. */
export function databaseTarget(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgresql', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: join(config.dataDir, 'pglite') };
}

function readTls(certPath: string, keyPath: string): { cert: string; key: string } {
  try {
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
  } catch (error) {
    throw new ConfigError(
      `Valiza cannot start: cannot read TLS_CERT or TLS_KEY (${(error as Error).message}).`,
    );
  }
}

function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(repositoryRoot(), 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
