// A centre with 60 home visits in a week: how long the planning board takes to load — the week's
// summaries, each day's plan (visits, sessions, kit readiness, issues) and the waiting requests.
// Runs on an in-memory PGlite (or DATABASE_URL). Run: npm run bench -- planning-board
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { addDays, DEFAULT_WORKING_HOURS, uuidv7 } from '../domain/dist/index.js';
import { actorFor } from '../server/dist/auth/auth.service.js';
import { createDb } from '../server/dist/db/create-db.js';
import { migrate } from '../server/dist/db/migrate.js';
import { insertCentre } from '../server/dist/org/centre.repository.js';
import { insertKit } from '../server/dist/org/kit.repository.js';
import { insertLocality } from '../server/dist/org/locality.repository.js';
import { insertPerson } from '../server/dist/org/person.repository.js';
import { insertCommunity, insertRegion } from '../server/dist/org/region.repository.js';
import { getPlan, listPlanSummaries } from '../server/dist/scheduling/plan-board.js';
import { waitingRequests } from '../server/dist/scheduling/waiting-requests.js';
import { placeVisit } from '../server/dist/scheduling/visit.service.js';

const url = process.env.DATABASE_URL;
const handle = await createDb(url ? { kind: 'postgresql', url } : { kind: 'pglite', dataDir: null });
await migrate(handle);
const db = handle.db;
const tag = randomBytes(3).toString('hex');
const regionId = uuidv7();
const communityId = uuidv7();
const centreId = uuidv7();
await insertRegion(db, { id: regionId, name: `Bench ${tag}`, nameEn: null });
await insertCommunity(db, { id: communityId, regionId, name: `Bench ${tag}`, katotth: null });
await insertCentre(db, {
  id: centreId,
  communityId,
  code: `B${tag.slice(0, 4).toUpperCase()}`,
  slug: `bench-${tag}`,
  name: 'Bench',
  workingHours: DEFAULT_WORKING_HOURS,
});
const localities = [];
for (let i = 0; i < 8; i++) {
  const id = uuidv7();
  localities.push(id);
  await insertLocality(db, {
    id,
    communityId,
    name: `Село ${i}`,
    katotth: null,
    lat: 48.4 + i * 0.02,
    lon: 34.5 + (i % 3) * 0.04,
    remote: i > 4,
  });
}
const person = async (roles) => {
  const id = uuidv7();
  await insertPerson(
    db,
    {
      id,
      centreId,
      regionId: null,
      name: `Особа ${id.slice(-4)}`,
      login: `b.${id.slice(-12)}`,
      passwordHash: 'x',
    },
    roles,
  );
  return actorFor(db, id, null);
};
const head = await person(['head']);
const crews = [];
for (let i = 0; i < 3; i++) {
  const kitId = uuidv7();
  await insertKit(db, {
    id: kitId,
    centreId,
    code: `K${i}`,
    inventoryNumber: null,
    components: [],
    notes: null,
    active: true,
  });
  crews.push({ admin: await person(['administrator']), kitId });
}
const serviceId = uuidv7();
await sql`INSERT INTO services (id, centre_id, code, name, provider, estimated_minutes) VALUES (${serviceId}, ${centreId}, 'S', 'Послуга', 'ЦНАП', 40)`.execute(
  db,
);
async function request(i) {
  const applicantId = uuidv7();
  const id = uuidv7();
  await sql`INSERT INTO applicants (id, centre_id, full_name, name_key) VALUES (${applicantId}, ${centreId}, ${`Заявник ${i}`}, ${`заявник ${i}`})`.execute(
    db,
  );
  await sql`INSERT INTO applicant_phones (applicant_id, centre_id, phone, position) VALUES (${applicantId}, ${centreId}, ${`+38067${String(1000000 + i)}`}, 0)`.execute(
    db,
  );
  await sql`INSERT INTO requests (id, centre_id, number, number_year, number_seq, applicant_id, channel, state, requester_kind, place_kind, locality_id, street, building)
    VALUES (${id}, ${centreId}, ${`B-${tag}-${i}`}, 2030, ${i}, ${applicantId}, 'phone', 'eligible', 'self', 'home', ${localities[i % 8]}, 'вул. Польова', ${String(i)})`.execute(
    db,
  );
  await sql`INSERT INTO request_services (request_id, service_id, position) VALUES (${id}, ${serviceId}, 0)`.execute(
    db,
  );
  return id;
}
const monday = '2030-03-04';
const started = Date.now();
let n = 0;
for (let day = 0; day < 5; day++) {
  for (const crew of crews) {
    for (let slot = 0; slot < 4; slot++) {
      const from = 9 * 60 + slot * 90;
      const time = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      await placeVisit(db, head, {
        kind: 'home',
        requestId: await request(n++),
        day: addDays(monday, day),
        startTime: time(from),
        endTime: time(from + 45),
        staffIds: [crew.admin.personId],
        kitId: crew.kitId,
        companions: [],
      });
    }
  }
}
for (let i = 0; i < 40; i++) await request(n++);
console.log(
  `seeded ${n - 40} visits and 40 waiting requests in ${((Date.now() - started) / 1000).toFixed(1)} s (${handle.kind})`,
);

async function measure(label, fn, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label}: median ${times[Math.floor(runs / 2)].toFixed(0)} ms, best ${times[0].toFixed(0)} ms`,
  );
}
await measure('week summaries (7 days)', () => listPlanSummaries(db, head, monday, addDays(monday, 6)));
await measure('one day plan (12 visits)', () => getPlan(db, head, monday));
await measure('whole board: week + 5 day plans + waiting', () =>
  Promise.all([
    listPlanSummaries(db, head, monday, addDays(monday, 6)),
    ...[0, 1, 2, 3, 4].map((d) => getPlan(db, head, addDays(monday, d))),
    waitingRequests(db, head, 200),
  ]),
);
await handle.close();
