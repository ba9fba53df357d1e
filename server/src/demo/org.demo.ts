import { DEFAULT_WORKING_HOURS, uuidv7, type Role } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { hashPassword } from '../auth/password.js';
import { insertCentre } from '../org/centre.repository.js';
import { insertKit } from '../org/kit.repository.js';
import { insertLocality } from '../org/locality.repository.js';
import { insertOutreachPoint } from '../org/outreach-point.repository.js';
import { insertPerson } from '../org/person.repository.js';
import { insertCommunity, insertRegion } from '../org/region.repository.js';
import { demoOrgKeys, demoOrgSeeded, setCentrePhone } from './demo-org.repository.js';

export const DEMO_PASSWORD = 'valiza-demo';

interface DemoLocality {
  name: string;
  lat: number;
  lon: number;
  remote: boolean;
}

interface DemoCentre {
  slug: 'kamianske' | 'pyriatyn';
  code: string;
  name: string;
  address: string;
  phone: string;
  region: { name: string; nameEn: string };
  community: string;
  localities: DemoLocality[];
  kit: { code: string; inventoryNumber: string };
  outreach: { name: string; address: string; locality: string; usualHours: string };
  staff: { login: string; name: string; roles: Role[] }[];
}

/** Two centres in two regions. Names of people are invented; coordinates are approximate. */
const CENTRES: DemoCentre[] = [
  {
    slug: 'kamianske',
    code: 'КАМ',
    name: 'ЦНАП м. Кам’янське',
    address: 'м. Кам’янське, пр. Свободи, 49',
    phone: '+380569000001',
    region: { name: 'Дніпропетровська область', nameEn: 'Dnipropetrovsk Oblast' },
    community: 'Кам’янська міська територіальна громада',
    localities: [
      { name: 'Кам’янське', lat: 48.5132, lon: 34.6031, remote: false },
      { name: 'Карнаухівка', lat: 48.4897, lon: 34.7456, remote: false },
      { name: 'Романкове', lat: 48.5256, lon: 34.5322, remote: false },
      { name: 'Світле', lat: 48.4518, lon: 34.6602, remote: true },
    ],
    kit: { code: 'КАМ-1', inventoryNumber: '101480001' },
    outreach: {
      name: 'Будинок культури, Карнаухівка',
      address: 'Карнаухівка, вул. Центральна, 12',
      locality: 'Карнаухівка',
      usualHours: 'вівторок 10:00–13:00',
    },
    staff: [
      { login: 'kam.head', name: 'Олена Коваленко', roles: ['head'] },
      { login: 'kam.operator', name: 'Ірина Бондар', roles: ['operator'] },
      { login: 'kam.field', name: 'Андрій Мельник', roles: ['administrator'] },
      { login: 'kam.tech', name: 'Сергій Ткач', roles: ['technician'] },
      { login: 'kam.quality', name: 'Наталія Шевчук', roles: ['quality'] },
    ],
  },
  {
    slug: 'pyriatyn',
    code: 'ПИР',
    name: 'ЦНАП Пирятинської міської ради',
    address: 'м. Пирятин, вул. Соборна, 21',
    phone: '+380535800001',
    region: { name: 'Полтавська область', nameEn: 'Poltava Oblast' },
    community: 'Пирятинська міська територіальна громада',
    localities: [
      { name: 'Пирятин', lat: 50.2433, lon: 32.5142, remote: false },
      { name: 'Каплинці', lat: 50.1631, lon: 32.6297, remote: true },
      { name: 'Велика Круча', lat: 50.2106, lon: 32.4289, remote: false },
      { name: 'Малютинці', lat: 50.2789, lon: 32.5934, remote: true },
    ],
    kit: { code: 'ПИР-1', inventoryNumber: '104630017' },
    outreach: {
      name: 'Приміщення старостату, Каплинці',
      address: 'Каплинці, вул. Шевченка, 3',
      locality: 'Каплинці',
      usualHours: 'четвер 09:00–12:00',
    },
    staff: [
      { login: 'pyr.head', name: 'Віктор Гончаренко', roles: ['head', 'quality'] },
      { login: 'pyr.operator', name: 'Оксана Лисенко', roles: ['operator'] },
      { login: 'pyr.field', name: 'Тетяна Кравченко', roles: ['administrator'] },
    ],
  },
];

/** The ids other areas' demo data hang on, found by natural keys (so a restart finds them again). */
export interface DemoOrg {
  centres: Record<'kamianske' | 'pyriatyn', { id: string; communityId: string; regionId: string }>;
  persons: Record<string, string>;
  localities: Record<string, string>;
  kits: Record<string, string>;
  outreachPoints: Record<string, string>;
}

/** Writes the demo organisation once: centres, their places and kits, staff and the platform admin. */
export async function seedDemoOrg(db: Db): Promise<void> {
  if (await demoOrgSeeded(db)) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const centre of CENTRES) {
    const regionId = uuidv7();
    const communityId = uuidv7();
    const centreId = uuidv7();
    await insertRegion(db, { id: regionId, name: centre.region.name, nameEn: centre.region.nameEn });
    await insertCommunity(db, { id: communityId, regionId, name: centre.community, katotth: null });
    await insertCentre(db, {
      id: centreId,
      communityId,
      code: centre.code,
      slug: centre.slug,
      name: centre.name,
      address: centre.address,
      workingHours: DEFAULT_WORKING_HOURS,
    });
    await setCentrePhone(db, centreId, centre.phone);
    const localityIds = new Map<string, string>();
    for (const locality of centre.localities) {
      const id = uuidv7();
      localityIds.set(locality.name, id);
      await insertLocality(db, { id, communityId, katotth: null, ...locality });
    }
    await insertKit(db, {
      id: uuidv7(),
      centreId,
      code: centre.kit.code,
      inventoryNumber: centre.kit.inventoryNumber,
      components: [
        { name: 'Ноутбук 2-в-1, 11.6″', serial: null },
        { name: 'Портативний принтер A4', serial: null },
        { name: 'Ручний сканер', serial: null },
        { name: 'Зчитувач ID-карток', serial: null },
        { name: '4G-модем', serial: null },
        { name: 'Павербанк', serial: null },
        { name: 'Вебкамера', serial: null },
      ],
      notes: null,
      active: true,
    });
    const outreachLocality = localityIds.get(centre.outreach.locality) ?? null;
    const locality = centre.localities.find((l) => l.name === centre.outreach.locality);
    await insertOutreachPoint(db, {
      id: uuidv7(),
      centreId,
      name: centre.outreach.name,
      address: centre.outreach.address,
      localityId: outreachLocality,
      usualHours: centre.outreach.usualHours,
      lat: locality?.lat ?? null,
      lon: locality?.lon ?? null,
      active: true,
    });
    for (const person of centre.staff) {
      await insertPerson(
        db,
        { id: uuidv7(), centreId, regionId: null, name: person.name, login: person.login, passwordHash },
        person.roles,
      );
    }
    if (centre.slug === 'kamianske') {
      await insertPerson(
        db,
        {
          id: uuidv7(),
          centreId: null,
          regionId,
          name: 'Марина Руденко',
          login: 'dnipro.observer',
          passwordHash,
        },
        ['regional_observer'],
      );
    }
  }
  await insertPerson(
    db,
    {
      id: uuidv7(),
      centreId: null,
      regionId: null,
      name: 'Адміністратор платформи',
      login: 'platform.admin',
      passwordHash,
    },
    ['platform_admin'],
  );
}

/** Reads back the demo organisation's ids. */
export async function loadDemoOrg(db: Db): Promise<DemoOrg> {
  const { centres, persons, localities, kits, points } = await demoOrgKeys(db);
  const bySlug = Object.fromEntries(
    centres.map((c) => [c.slug, { id: c.id, communityId: c.communityId, regionId: c.regionId }]),
  );
  return {
    centres: bySlug as DemoOrg['centres'],
    persons: Object.fromEntries(persons.map((p) => [p.login, p.id])),
    localities: Object.fromEntries(localities.map((l) => [l.name, l.id])),
    kits: Object.fromEntries(kits.map((k) => [k.code, k.id])),
    outreachPoints: Object.fromEntries(points.map((p) => [p.name, p.id])),
  };
}
