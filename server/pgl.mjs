import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
const t0 = Date.now();
const db = new PGlite({ extensions: { btree_gist } });
await db.waitReady;
console.log('ready', Date.now() - t0);
await db.exec('create extension if not exists btree_gist');
const r = await db.query(
  `select count(*) c, now() n, current_date d, 1.5::numeric x, '{"a":1}'::jsonb j, 5::int8 b`,
);
console.log(r.rows[0], typeof r.rows[0].c);
const t1 = Date.now();
const dump = await db.dumpDataDir('gzip');
console.log('dump', dump.size, Date.now() - t1);
const t2 = Date.now();
const db2 = new PGlite({ loadDataDir: dump, extensions: { btree_gist } });
await db2.waitReady;
console.log('load', Date.now() - t2);
