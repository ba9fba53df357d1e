import type { Centre, Community, Kit, Locality, OutreachPoint, Region, StaffMember } from '@valiza/domain';
import type { CentreRow } from './centre.repository.js';
import type { KitRow } from './kit.repository.js';
import type { LocalityRow } from './locality.repository.js';
import type { OutreachPointRow } from './outreach-point.repository.js';
import type { PersonRow } from './person.repository.js';
import type { CommunityRow, RegionRow } from './region.repository.js';

export const presentCentre = (c: CentreRow): Centre => ({ ...c });
export const presentRegion = (r: RegionRow): Region => ({ ...r });
export const presentCommunity = (c: CommunityRow): Community => ({ ...c });
export const presentLocality = (l: LocalityRow): Locality => ({ ...l });

export const presentKit = (k: KitRow): Kit => ({
  id: k.id,
  code: k.code,
  inventoryNumber: k.inventoryNumber,
  components: k.components,
  notes: k.notes,
  active: k.active,
});

export const presentOutreachPoint = (p: OutreachPointRow): OutreachPoint => ({
  id: p.id,
  name: p.name,
  address: p.address,
  localityId: p.localityId,
  usualHours: p.usualHours,
  lat: p.lat,
  lon: p.lon,
  active: p.active,
});

export const presentStaff = (p: PersonRow): StaffMember => ({
  id: p.id,
  name: p.name,
  login: p.login,
  roles: p.roles,
  phone: p.phone,
  email: p.email,
  active: p.active,
  createdAt: p.createdAt.toISOString(),
});
