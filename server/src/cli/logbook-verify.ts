import type { LogbookVerifyResult } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { verifyCentres } from '../logbook/logbook-verify.service.js';

/** One line per centre: intact, or the first broken place named. */
export function describeVerify(result: LogbookVerifyResult): string {
  const counts = `${result.links} links, ${result.entries} applications, ${result.events} events`;
  if (result.ok) return `${result.centreCode}: intact (${counts}).`;
  const b = result.firstBroken!;
  const where = [
    b.seq !== null ? `link ${b.seq}` : null,
    `${b.kind} ${b.refId}`,
    b.number ? `application ${b.number}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${result.centreCode}: BROKEN at ${where}: ${b.problem.replace(/_/g, ' ')} (${counts}).`;
}

/** Checks the logbook chains; answers whether all are intact. */
export async function logbookVerify(db: Db, code?: string): Promise<{ ok: boolean; lines: string[] }> {
  const results = await verifyCentres(db, code);
  return { ok: results.every((r) => r.ok), lines: results.map(describeVerify) };
}
