// Fails when the lockfile holds a package whose declared Node.js engine excludes the oldest Node
// Valiza supports (package.json "engines"). npm only warns about that; a field laptop with Node 20
// would then run code its authors never meant for it.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const oldest = [20, 19];

function admits(range) {
  // Each alternative of the range must be checked; one that admits 20.19 is enough.
  return range.split('||').some((alternative) => {
    const lower = /(>=|\^|~)?\s*v?(\d+)(?:\.(\d+))?/.exec(alternative.trim());
    if (!lower) return true;
    const major = Number(lower[2]);
    const minor = Number(lower[3] ?? 0);
    if (lower[1] === '^') return major === oldest[0] && minor <= oldest[1];
    if (lower[1] === '>=' || lower[1] === undefined)
      return major < oldest[0] || (major === oldest[0] && minor <= oldest[1]);
    return true;
  });
}

const bad = Object.entries(lock.packages ?? {})
  .filter(([, pkg]) => typeof pkg.engines?.node === 'string' && !admits(pkg.engines.node))
  .map(
    ([path, pkg]) => `${path.replace(/^.*node_modules\//, '')}@${pkg.version} needs Node ${pkg.engines.node}`,
  );

if (bad.length > 0) {
  console.error(`Packages that do not run on Node ${oldest.join('.')}:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
