import { ConfigError, loadConfig } from '../config.js';
import { DataDirBusyError } from '../db/data-dir-lock.js';
import { DatabaseNewerThanCodeError } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { CliError, option, parseArgs, readStdin, type Args } from './args.js';
import { backup, restore } from './backup.js';
import { createAdmin } from './create-admin.js';
import { runSyncMaintenance } from '../sync/maintenance.js';
import { logbookVerify } from './logbook-verify.js';

interface Command {
  usage: string;
  run(args: Args): Promise<void>;
}

/** The commands of `npm run valiza -- <command>`. */
const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: 'migrate                              apply pending database migrations',
    async run() {
      const database = await openDatabase(loadConfig());
      await database.close();
      console.log('The database schema is up to date.');
    },
  },
  'create-admin': {
    usage: 'create-admin --login L --password-stdin [--name N]   create a platform admin',
    async run(args) {
      const login = option(args, 'login');
      if (!login) throw new CliError('Give the login: create-admin --login L --password-stdin');
      if (!args.options.has('password-stdin'))
        throw new CliError('Pass the password on standard input with --password-stdin.');
      const password = await readStdin();
      const name = option(args, 'name');
      const database = await openDatabase(loadConfig());
      try {
        await createAdmin(database.db, { login, password, ...(name ? { name } : {}) });
      } finally {
        await database.close();
      }
      console.log(`Platform admin ${login.toLowerCase()} created.`);
    },
  },
  'sync-maintenance': {
    usage: "sync-maintenance                     prune the sync change log, release expired devices' numbers",
    async run() {
      const config = loadConfig();
      const database = await openDatabase(config);
      try {
        const done = await runSyncMaintenance(database.db, config);
        console.log(
          `Change log: ${done.prunedChanges} old rows pruned. Devices whose numbers were released: ${done.releasedDevices}.`,
        );
      } finally {
        await database.close();
      }
    },
  },
  'logbook-verify': {
    usage: 'logbook-verify [--centre CODE]       check that no logbook entry or event was changed or removed',
    async run(args) {
      const database = await openDatabase(loadConfig());
      try {
        const { ok, lines } = await logbookVerify(database.db, option(args, 'centre') ?? undefined);
        for (const line of lines) console.log(line);
        if (!ok) throw new CliError('The logbook chain is broken (see above).');
      } finally {
        await database.close();
      }
    },
  },
  backup: {
    usage: 'backup <file>                        write a backup of the embedded database and files',
    async run(args) {
      const file = args.positional[0];
      if (!file) throw new CliError('Give the backup file: backup <file>');
      const manifest = await backup(loadConfig(), file);
      console.log(`Backup written to ${file} (schema version ${manifest.schemaVersion}).`);
    },
  },
  restore: {
    usage: 'restore <file> [--force]             restore a backup into the data folder',
    async run(args) {
      const file = args.positional[0];
      if (!file) throw new CliError('Give the backup file: restore <file>');
      const manifest = await restore(loadConfig(), file, args.options.has('force'));
      console.log(`Backup of ${manifest.createdAt} restored. Start Valiza to use it.`);
    },
  },
};

function usage(): string {
  return [
    'Usage: npm run valiza -- <command>',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n\n${usage()}` : usage());
    process.exit(2);
  }
  await command.run(parseArgs(rest));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known =
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof DataDirBusyError ||
      error instanceof DatabaseNewerThanCodeError;
    console.error(
      known ? (error as Error).message : `Failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
