import { problem, type LogbookVerifyResult } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { entryContentHash, eventContentHash, GENESIS_HASH, linkHash } from './chain.js';
import { chainSliceWithRows, readHead } from './chain.repository.js';
import { countOf, eventContents, numbersOf, unchained } from './logbook.repository.js';

type Broken = NonNullable<LogbookVerifyResult['firstBroken']>;

/** Links read per statement: the chain is walked in big ordered batches with their rows. */
const SLICE = 10_000;

/**
 * Walks a centre's chain from the first link: each link's hash must follow from its fields and the
 * previous link, seqs must run without a gap up to the head, and each application and event must
 * still hash to what was chained. Then every application and event must have a link. The first
 * broken place is named — changed, removed, a link altered or missing, or a row never chained.
 */
export async function verifyCentreChain(
  db: Db,
  centre: { id: string; code: string },
): Promise<LogbookVerifyResult> {
  const head = await readHead(db, centre.id);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let links = 0;
  let firstBroken: Broken | null = null;
  // The next slice is read while the current one is hashed: the database and the hashing overlap.
  const read = (afterSeq: number) => {
    const slice = chainSliceWithRows(db, centre.id, afterSeq, SLICE);
    slice.catch(() => undefined); // awaited below, unless the walk stops first
    return slice;
  };
  let next = read(0);
  outer: for (;;) {
    const slice = await next;
    if (slice.length === 0) break;
    next = slice.length < SLICE ? Promise.resolve([]) : read(slice.at(-1)!.seq);
    for (const link of slice) {
      const at = { seq: link.seq, kind: link.kind, refId: link.refId };
      if (link.seq !== expectedSeq || link.prevHash !== prevHash) {
        firstBroken = { ...at, seq: expectedSeq, number: null, problem: 'link_missing' };
        break outer;
      }
      if (linkHash(link) !== link.chainHash) {
        firstBroken = { ...at, number: null, problem: 'link_altered' };
        break outer;
      }
      const row = link.row;
      if (!row) {
        firstBroken = { ...at, number: null, problem: 'removed' };
        break outer;
      }
      const hash =
        link.kind === 'entry'
          ? entryContentHash(row as Parameters<typeof entryContentHash>[0])
          : eventContentHash(row as Parameters<typeof eventContentHash>[0]);
      if (hash !== link.contentHash) {
        firstBroken = { ...at, number: null, problem: 'changed' };
        break outer;
      }
      prevHash = link.chainHash;
      expectedSeq += 1;
      links += 1;
    }
  }
  if (!firstBroken && head && (head.seq !== links || head.chainHash !== prevHash)) {
    // Links were cut off the end of the chain: the head still remembers how long it was.
    firstBroken = { seq: links + 1, kind: 'entry', refId: centre.id, number: null, problem: 'link_missing' };
  }
  if (!firstBroken) {
    const stray = await unchained(db, centre.id);
    if (stray.entry)
      firstBroken = { seq: null, kind: 'entry', refId: stray.entry.id, number: null, problem: 'not_chained' };
    else if (stray.event)
      firstBroken = {
        seq: null,
        kind: 'event',
        refId: stray.event.id,
        number: stray.event.number,
        problem: 'not_chained',
      };
  }
  if (firstBroken && firstBroken.number === null && firstBroken.problem !== 'link_missing') {
    firstBroken.number = await numberOfBroken(db, firstBroken);
  }
  const counts = await countOf(db, centre.id);
  return { centreCode: centre.code, ok: firstBroken === null, links, ...counts, firstBroken };
}

/** The application number a broken link is about, when the row can still be found. */
async function numberOfBroken(db: Db, broken: Broken): Promise<string | null> {
  if (broken.kind === 'entry') return (await numbersOf(db, [broken.refId])).get(broken.refId) ?? null;
  const [event] = await eventContents(db, [broken.refId]);
  if (!event) return null;
  return (await numbersOf(db, [event.application_id])).get(event.application_id) ?? null;
}

/** The head checks the centre's logbook; the check itself is recorded. */
export async function verifyLogbook(db: Db, actor: Actor): Promise<LogbookVerifyResult> {
  const centreId = centreOf(actor, 'head');
  const centre = await db
    .selectFrom('centres')
    .select(['id', 'code'])
    .where('id', '=', centreId)
    .executeTakeFirst();
  if (!centre) throw problem('not_found');
  const result = await verifyCentreChain(db, centre);
  await audit(
    db,
    actor,
    'logbook.verified',
    { type: 'centre', id: centreId, centreId },
    {
      ok: result.ok,
      links: result.links,
      ...(result.firstBroken
        ? { brokenSeq: result.firstBroken.seq, brokenRef: result.firstBroken.refId }
        : {}),
    },
  );
  return result;
}

/** Every centre, or the one with `code` (the command line). */
export async function verifyCentres(db: Db, code?: string): Promise<LogbookVerifyResult[]> {
  let query = db.selectFrom('centres').select(['id', 'code']).orderBy('code');
  if (code) query = query.where('code', '=', code);
  const centres = await query.execute();
  if (code && centres.length === 0) throw problem('logbook.unknown_centre', { params: { code } });
  const results: LogbookVerifyResult[] = [];
  for (const centre of centres) results.push(await verifyCentreChain(db, centre));
  return results;
}
