import type { Config } from '../config.js';
import { databaseTarget } from '../config.js';
import { createDb } from './create-db.js';
import type { DatabaseHandle } from './database.js';
import { lockDataDir } from './data-dir-lock.js';
import { migrate } from './migrate.js';

/**
 * Opens the configured database for this process — locking the embedded data folder first — and
 * brings its schema up to date. Closing releases the lock.
 */
export async function openDatabase(
  config: Config,
  options: { migrate?: boolean } = {},
): Promise<DatabaseHandle> {
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir);
  try {
    const handle = await createDb(databaseTarget(config));
    try {
      if (options.migrate !== false) await migrate(handle);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return {
      ...handle,
      async close() {
        await handle.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
