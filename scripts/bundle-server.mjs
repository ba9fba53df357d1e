// Bundles the compiled server and CLI into one file each. Node then reads one module instead of
// hundreds, which roughly halves the start-up time on a slow laptop. Packages with native code,
// WebAssembly or files read from their own folder stay outside the bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));

await build({
  entryPoints: { 'valiza-server': `${dist}main.js`, 'valiza-cli': `${dist}cli/main.js` },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Spreadsheet and PDF libraries are large and needed only when someone imports, exports or prints;
  // kept outside, they are loaded on first use instead of at every start.
  external: [
    '@electric-sql/pglite',
    '@node-rs/argon2',
    '@fastify/swagger-ui',
    'pg-native',
    'exceljs',
    'pdf-lib',
    '@pdf-lib/fontkit',
    'nodemailer',
  ],
  // Bundled CommonJS packages call require(); give the ES module one.
  banner: {
    js: "import { createRequire as __valizaRequire } from 'node:module'; const require = __valizaRequire(import.meta.url);",
  },
});
