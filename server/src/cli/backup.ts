import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as tar from 'tar';
import type { Config } from '../config.js';
import { databaseTarget } from '../config.js';
import { createDb } from '../db/create-db.js';
import type { DatabaseHandle } from '../db/database.js';
import { lockDataDir } from '../db/data-dir-lock.js';
import { schemaVersion } from '../db/migrate.js';
import { CliError } from './args.js';

const MANIFEST = 'valiza-backup.json';
const DUMP = 'pglite.tar.gz';

/**
 * The parts of the data folder a backup carries besides the database: the secret that signs tokens
 * and the file store. Everything else in the folder (the lock, the database files) is not copied.
 */
const FOLDER_PARTS = ['secret', 'files'];

interface Manifest {
  format: 1;
  valizaVersion: string;
  schemaVersion: number;
  createdAt: string;
}

function requireEmbedded(config: Config, verb: string): void {
  if (config.databaseUrl) {
    throw new CliError(
      `${verb} works on the embedded database. With DATABASE_URL set, use pg_dump and pg_restore ` +
        '(see docs/operations.md), and copy the data folder\'s "files" and "secret" alongside.',
    );
  }
}

/**
 * Writes a lossless backup of the embedded database and the stored files into one .tar.gz. The data
 * folder is locked meanwhile, so a running server makes this refuse instead of copying a moving target.
 */
export async function backup(config: Config, file: string): Promise<Manifest> {
  requireEmbedded(config, 'backup');
  const release = lockDataDir(config.dataDir);
  const staging = mkdtempSync(join(tmpdir(), 'valiza-backup-'));
  try {
    const handle = await createDb(databaseTarget(config) as { kind: 'pglite'; dataDir: string });
    let manifest: Manifest;
    try {
      manifest = {
        format: 1,
        valizaVersion: config.version,
        schemaVersion: await schemaVersion(handle),
        createdAt: new Date().toISOString(),
      };
      const dump = await dumpPglite(handle);
      writeFileSync(join(staging, DUMP), dump);
    } finally {
      await handle.close();
    }
    writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    for (const part of FOLDER_PARTS) {
      const source = join(config.dataDir, part);
      if (existsSync(source)) cpSync(source, join(staging, part), { recursive: true });
    }
    const target = resolve(file);
    mkdirSync(dirname(target), { recursive: true });
    await tar.c({ gzip: true, file: target, cwd: staging, portable: true }, readdirSync(staging));
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}

async function dumpPglite(handle: DatabaseHandle): Promise<Buffer> {
  if (!handle.dumpDataDir) throw new CliError('The embedded database cannot be dumped.');
  return Buffer.from(await (await handle.dumpDataDir()).arrayBuffer());
}

/**
 * Restores a backup into the configured data folder. Refuses when the folder already holds a
 * database, unless forced — then the old database and files are replaced.
 */
export async function restore(config: Config, file: string, force: boolean): Promise<Manifest> {
  requireEmbedded(config, 'restore');
  if (!existsSync(file)) throw new CliError(`No backup file at ${file}.`);
  const release = lockDataDir(config.dataDir);
  const staging = mkdtempSync(join(tmpdir(), 'valiza-restore-'));
  try {
    await tar.x({ file, cwd: staging });
    if (!existsSync(join(staging, MANIFEST)) || !existsSync(join(staging, DUMP))) {
      throw new CliError(`${file} is not a Valiza backup.`);
    }
    const manifest = JSON.parse(readFileSync(join(staging, MANIFEST), 'utf8')) as Manifest;
    const dbDir = join(config.dataDir, 'pglite');
    const occupied = existsSync(join(dbDir, 'PG_VERSION')) || existsSync(join(config.dataDir, 'files'));
    if (occupied && !force) {
      throw new CliError(
        `The data folder ${config.dataDir} already holds a database. Restore into an empty folder, or add --force to replace it.`,
      );
    }
    rmSync(dbDir, { recursive: true, force: true });
    for (const part of FOLDER_PARTS) rmSync(join(config.dataDir, part), { recursive: true, force: true });
    const dump = new Blob([readFileSync(join(staging, DUMP))]);
    const handle = await createDb({ kind: 'pglite', dataDir: dbDir, loadDataDir: dump });
    await handle.close();
    for (const part of FOLDER_PARTS) {
      const source = join(staging, part);
      if (existsSync(source)) cpSync(source, join(config.dataDir, part), { recursive: true });
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}
