import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, databaseTarget, loadConfig } from './config.js';

describe('configuration', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'valiza-config-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('has the documented defaults and generates the secret into the data folder', () => {
    const dir = dataDir();
    const config = loadConfig({ VALIZA_DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: dir,
      databaseUrl: null,
      tls: null,
    });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secret).toBe(readFileSync(join(dir, 'secret'), 'utf8').trim());
    expect(loadConfig({ VALIZA_DATA_DIR: dir }).secret).toBe(config.secret);
    expect(databaseTarget(config)).toEqual({ kind: 'pglite', dataDir: join(dir, 'pglite') });
  });

  it('resolves a relative data folder from the repository root', () => {
    const config = loadConfig({ VALIZA_DATA_DIR: 'some/relative', VALIZA_SECRET: 'x'.repeat(40) });
    expect(config.dataDir).toMatch(/\/some\/relative$/);
    expect(config.dataDir.startsWith('/')).toBe(true);
  });

  it('reports every bad variable by name, at once', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        VALIZA_SECRET: 'short',
        VALIZA_DATA_DIR: dataDir(),
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*VALIZA_SECRET/);
  });

  it('wants the TLS certificate and key together, and readable', () => {
    expect(() => loadConfig({ TLS_CERT: '/x.pem', VALIZA_DATA_DIR: dataDir() })).toThrow(/together/);
    expect(() =>
      loadConfig({ TLS_CERT: '/no/x.pem', TLS_KEY: '/no/y.pem', VALIZA_DATA_DIR: dataDir() }),
    ).toThrow(/cannot read/);
  });

  it('takes a map tile URL with {z}, {x} and {y}, and none when empty', () => {
    const tiles = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(loadConfig({ VALIZA_MAP_TILES_URL: tiles, VALIZA_DATA_DIR: dataDir() }).mapTilesUrl).toBe(tiles);
    expect(loadConfig({ VALIZA_MAP_TILES_URL: '', VALIZA_DATA_DIR: dataDir() }).mapTilesUrl).toBeNull();
    expect(() =>
      loadConfig({ VALIZA_MAP_TILES_URL: 'ftp://tiles/{z}/{x}/{y}', VALIZA_DATA_DIR: dataDir() }),
    ).toThrow(/VALIZA_MAP_TILES_URL/);
  });

  it('uses PostgreSQL when DATABASE_URL is given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db', VALIZA_DATA_DIR: dataDir() });
    expect(databaseTarget(config)).toEqual({ kind: 'postgresql', url: 'postgresql://u@h:5432/db' });
  });
});
