import type { Db } from '../db/database.js';
import { GENESIS_HASH, linkHash } from './chain.js';

export interface Head {
  seq: number;
  chainHash: string;
}

/**
 * Locks the centre's chain head (made on first use) for the rest of the transaction. Every append
 * goes through here first, so concurrent transactions of one centre take turns: no two links share a
 * seq or a previous hash.
 */
export async function lockHead(tx: Db, centreId: string): Promise<Head> {
  await tx
    .insertInto('logbook_heads')
    .values({ centre_id: centreId, seq: 0, chain_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('centre_id').doNothing())
    .execute();
  const head = await tx
    .selectFrom('logbook_heads')
    .select(['seq', 'chain_hash'])
    .where('centre_id', '=', centreId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), chainHash: head.chain_hash };
}

/** Appends links after a locked head, in the order given, and moves the head. */
export async function appendLinks(
  tx: Db,
  centreId: string,
  head: Head,
  items: readonly { kind: 'entry' | 'event'; refId: string; contentHash: string }[],
): Promise<Head> {
  if (items.length === 0) return head;
  let { seq, chainHash } = head;
  const rows = items.map((item) => {
    seq += 1;
    const prevHash = chainHash;
    chainHash = linkHash({
      seq,
      kind: item.kind,
      refId: item.refId,
      contentHash: item.contentHash,
      prevHash,
    });
    return {
      centre_id: centreId,
      seq,
      kind: item.kind,
      ref_id: item.refId,
      content_hash: item.contentHash,
      prev_hash: prevHash,
      chain_hash: chainHash,
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insertInto('logbook_chain')
      .values(rows.slice(i, i + 1000))
      .execute();
  await tx
    .updateTable('logbook_heads')
    .set({ seq, chain_hash: chainHash })
    .where('centre_id', '=', centreId)
    .execute();
  return { seq, chainHash };
}

export interface ChainLink {
  seq: number;
  kind: 'entry' | 'event';
  refId: string;
  contentHash: string;
  prevHash: string;
  chainHash: string;
}

/** A slice of the chain after `afterSeq`, in order. */
export async function chainSlice(
  db: Db,
  centreId: string,
  afterSeq: number,
  limit: number,
): Promise<ChainLink[]> {
  const rows = await db
    .selectFrom('logbook_chain')
    .select(['seq', 'kind', 'ref_id', 'content_hash', 'prev_hash', 'chain_hash'])
    .where('centre_id', '=', centreId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    kind: r.kind,
    refId: r.ref_id,
    contentHash: r.content_hash,
    prevHash: r.prev_hash,
    chainHash: r.chain_hash,
  }));
}

export async function readHead(db: Db, centreId: string): Promise<Head | null> {
  const head = await db
    .selectFrom('logbook_heads')
    .select(['seq', 'chain_hash'])
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  return head ? { seq: Number(head.seq), chainHash: head.chain_hash } : null;
}
