import type { Db } from '../db/database.js';

/** A person's name as shown in lists, or undefined. */
export async function findPersonName(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('persons').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}
