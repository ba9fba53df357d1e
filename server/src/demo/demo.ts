import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { seedDemoCatalogue } from './catalogue.demo.js';
import { loadDemoOrg, seedDemoOrg, type DemoOrg } from './org.demo.js';
import { seedDemoRequests } from './requests.demo.js';
import { seedSchedulingDemo } from './scheduling.demo.js';
import { seedLogbookDemo } from './logbook.demo.js';
import { seedFeedbackDemo } from './feedback.demo.js';
import { seedReportsDemo } from './reports.demo.js';

export interface DemoContext {
  db: Db;
  org: DemoOrg;
  /** The day the demo is started: demo plans and histories are placed around it. */
  today: Date;
}

/**
 * The demo data of every area, in the order of the life of a request. Each seeder checks whether
 * its data is already there, so a demo restarted on the same folder stays as it was.
 */
const AREA_SEEDERS: readonly ((ctx: DemoContext) => Promise<void>)[] = [
  seedDemoCatalogue,
  seedDemoRequests,
  seedSchedulingDemo,
  seedLogbookDemo,
  seedFeedbackDemo,
  seedReportsDemo,
];

/** Fills a database with the demo: two centres in two regions, their staff and every area's data. */
export async function seedDemo(db: Db, options: { today: Date }): Promise<void> {
  await inTransaction(db, async (tx) => {
    await seedDemoOrg(tx);
    const ctx: DemoContext = { db: tx, org: await loadDemoOrg(tx), today: options.today };
    for (const seed of AREA_SEEDERS) await seed(ctx);
  });
}
