import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import {
  ENTRY_HASHED_COLUMNS,
  EVENT_HASHED_COLUMNS,
  GENESIS_HASH,
  linkHash,
  type EntryContent,
  type EventContent,
} from './chain.js';

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

export interface LinkWithRow extends ChainLink {
  /** The application or event the link points to, as stored now; null when it is gone. */
  row: EntryContent | EventContent | null;
}

const ENTRY_SELECT = sql.join(ENTRY_HASHED_COLUMNS.map((c) => sql.raw(`a.${c} AS "a.${c}"`)));
const EVENT_SELECT = sql.join(EVENT_HASHED_COLUMNS.map((c) => sql.raw(`e.${c} AS "e.${c}"`)));

function columnsOf<K extends string>(row: Record<string, unknown>, prefix: string, keys: readonly K[]) {
  if (row[`${prefix}.id`] === null) return null;
  return Object.fromEntries(keys.map((k) => [k, row[`${prefix}.${k}`]]));
}

/**
 * A slice of the chain after `afterSeq`, in order, each link with the registered columns of the
 * application or event it points to — one statement per slice, walking the chain's primary key
 * (verify reads a centre's whole chain this way, in big ordered batches).
 */
export async function chainSliceWithRows(
  db: Db,
  centreId: string,
  afterSeq: number,
  limit: number,
): Promise<LinkWithRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT c.seq, c.kind, c.ref_id, c.content_hash, c.prev_hash, c.chain_hash, ${ENTRY_SELECT}, ${EVENT_SELECT}
    FROM logbook_chain c
    LEFT JOIN applications a ON c.kind = 'entry' AND a.id = c.ref_id
    LEFT JOIN logbook_events e ON c.kind = 'event' AND e.id = c.ref_id
    WHERE c.centre_id = ${centreId} AND c.seq > ${afterSeq}
    ORDER BY c.seq
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => {
    const kind = r.kind as 'entry' | 'event';
    return {
      seq: Number(r.seq),
      kind,
      refId: r.ref_id as string,
      contentHash: r.content_hash as string,
      prevHash: r.prev_hash as string,
      chainHash: r.chain_hash as string,
      row: (kind === 'entry'
        ? columnsOf(r, 'a', ENTRY_HASHED_COLUMNS)
        : columnsOf(r, 'e', EVENT_HASHED_COLUMNS)) as EntryContent | EventContent | null,
    };
  });
}

export async function readHead(db: Db, centreId: string): Promise<Head | null> {
  const head = await db
    .selectFrom('logbook_heads')
    .select(['seq', 'chain_hash'])
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  return head ? { seq: Number(head.seq), chainHash: head.chain_hash } : null;
}
