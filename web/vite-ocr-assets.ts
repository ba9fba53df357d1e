import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * The files the on-device MRZ reader needs, served from our own origin (a field laptop may never
 * reach a CDN): Tesseract's worker, its WebAssembly core (LSTM only, with SIMD: every browser of the
 * last years has it) and the English LSTM model, gzipped (the worker unpacks it).
 */
const FILES: Record<string, string> = {
  'worker.min.js': 'tesseract.js/dist/worker.min.js',
  'tesseract-core-simd-lstm.js': 'tesseract.js-core/tesseract-core-simd-lstm.js',
  'tesseract-core-simd-lstm.wasm': 'tesseract.js-core/tesseract-core-simd-lstm.wasm',
  'eng.traineddata.gz': '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
};

function load(): { base: string; files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  const hash = createHash('sha256');
  for (const [name, module] of Object.entries(FILES)) {
    const bytes = readFileSync(require.resolve(module));
    files.set(name, bytes);
    hash.update(name).update(bytes);
  }
  // The folder is named by the content: the server caches everything but the page for a year.
  return { base: `/ocr/${hash.digest('hex').slice(0, 12)}/`, files };
}

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  wasm: 'application/wasm',
  gz: 'application/gzip',
};

/**
 * Puts the OCR files into the build under `/ocr/<content hash>/` (where the service worker precaches
 * them) and serves them in development; the app finds the folder in `import.meta.env.VITE_OCR_BASE`.
 */
export function ocrAssets(): Plugin {
  const { base, files } = load();
  return {
    name: 'valiza-ocr-assets',
    config: () => ({ define: { 'import.meta.env.VITE_OCR_BASE': JSON.stringify(base) } }),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const bytes = path.startsWith(base) ? files.get(path.slice(base.length)) : undefined;
        if (!bytes) return next();
        response.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        response.end(bytes);
      });
    },
    generateBundle() {
      for (const [name, source] of files)
        this.emitFile({ type: 'asset', fileName: `${base.slice(1)}${name}`, source });
    },
  };
}
