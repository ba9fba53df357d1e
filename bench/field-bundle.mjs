// The JavaScript the field app needs on its first load of /field, gzipped, read from the built web
// app (web/dist and Vite's manifest). Target: at most 200 KB. Run: npm run bench -- field-bundle
//
// First load = the page's entry chunk and everything it imports statically, plus the field app's
// chunk (src/field/ui/FieldApp.tsx) and its static imports, plus the chunk of the screen /field opens
// on (TodayPage). Lazy chunks (the other screens, the upload code, PDF and MRZ readers) load later and
// are precached by the service worker; they are listed separately.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../web/dist/', import.meta.url));
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error('web/dist/.vite/manifest.json is missing: run `npm run build -w @valiza/web` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const FIELD_APP = 'src/field/ui/FieldApp.tsx';
const FIRST_SCREEN = 'src/field/ui/TodayPage.tsx';
const LIMIT_KB = 200;

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const rawKb = (file) => readFileSync(join(dist, file)).length / 1024;

/** A chunk and every chunk it imports statically, by manifest key. */
function closure(key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const keys = new Set([...closure(entry), ...closure(FIELD_APP), ...closure(FIRST_SCREEN)]);
const firstLoad = [...keys].map((k) => manifest[k].file);
const css = [...new Set([...keys].flatMap((k) => manifest[k].css ?? []))];
const lazy = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && !keys.has(k));

const rows = firstLoad.map((file) => [file, rawKb(file), gzipKb(file)]).sort((a, b) => b[2] - a[2]);
console.log('First load of /field (JavaScript):');
for (const [file, raw, gz] of rows)
  console.log(`  ${file.padEnd(44)} ${raw.toFixed(1).padStart(7)} KB  ${gz.toFixed(1).padStart(6)} KB gz`);
const totalJs = rows.reduce((s, r) => s + r[2], 0);
const totalCss = css.reduce((s, f) => s + gzipKb(f), 0);
console.log(`  total JavaScript: ${totalJs.toFixed(1)} KB gzipped (target ≤ ${LIMIT_KB} KB)`);
console.log(
  `  CSS: ${totalCss.toFixed(1)} KB gzipped; index.html: ${gzipKb('index.html').toFixed(1)} KB gzipped`,
);
console.log('Loaded later, precached for offline use:');
for (const key of lazy)
  console.log(
    `  ${manifest[key].file.padEnd(44)} ${gzipKb(manifest[key].file).toFixed(1).padStart(6)} KB gz  (${key})`,
  );
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const missing = [...firstLoad, ...lazy.map((k) => manifest[k].file)].filter((f) => !sw.includes(f));
console.log(
  missing.length
    ? `NOT precached: ${missing.join(', ')}`
    : 'Every chunk above is in the service worker precache.',
);
process.exitCode = totalJs <= LIMIT_KB && missing.length === 0 ? 0 : 1;
