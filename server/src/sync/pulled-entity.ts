import type { Db } from '../db/database.js';

/** Whose view a pull is: the device, its person, its centre and the centre's community. */
export interface PullScope {
  readonly deviceId: string;
  readonly personId: string;
  readonly centreId: string;
  readonly communityId: string;
}

export type EntityData = Record<string, unknown>;

/**
 * An entity devices pull. Services record its changes with `recordChange(tx, { entity, … })`; on a
 * pull, `load` reads the current state of the changed ids as the device may see them — an id
 * missing from the answer (deleted, or no longer the device's to see) is sent as a deletion — and
 * `loadAll` reads everything for a full snapshot. Both must apply tenancy themselves.
 */
export interface PulledEntity {
  readonly entity: string;
  /**
   * Logged entities that devices do not pull themselves but that this one shows (an applicant's
   * phones inside a field visit): `ids` maps their changed ids to this entity's ids the scope may
   * see, and each of those is answered in its current state.
   */
  readonly follows?: readonly {
    readonly entity: string;
    ids(tx: Db, scope: PullScope, changedIds: readonly string[]): Promise<string[]>;
  }[];
  load(tx: Db, scope: PullScope, ids: readonly string[]): Promise<Map<string, EntityData>>;
  loadAll(tx: Db, scope: PullScope): Promise<Map<string, EntityData>>;
}

/**
 * A pulled entity for small reference lists (a centre's localities, kits, outreach points): both
 * reads list the scope's rows and keep the wanted ones. Large entities implement `load` by ids.
 */
export function listedEntity<Row extends { id: string }>(
  entity: string,
  list: (tx: Db, scope: PullScope) => Promise<Row[]>,
  present: (row: Row) => EntityData,
): PulledEntity {
  const loadAll = async (tx: Db, scope: PullScope) =>
    new Map((await list(tx, scope)).map((row) => [row.id, present(row)] as const));
  return {
    entity,
    loadAll,
    async load(tx, scope, ids) {
      const wanted = new Set(ids);
      return new Map([...(await loadAll(tx, scope))].filter(([id]) => wanted.has(id)));
    },
  };
}
