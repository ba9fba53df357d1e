import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where things are on disk, from this file's place in the tree. Works both from `src/` (tests, tsx)
 * and from `dist/` (the compiled server), which sit at the same depth.
 */
const here = dirname(fileURLToPath(import.meta.url));

export const serverRoot = (): string => resolve(here, '..');
export const repositoryRoot = (): string => resolve(here, '..', '..');
export const migrationsDir = (): string => join(serverRoot(), 'migrations');
export const webDistDir = (): string => join(repositoryRoot(), 'web', 'dist');
