import { findCentre } from '../../org/centre.repository.js';
import { listKits } from '../../org/kit.repository.js';
import { listLocalities } from '../../org/locality.repository.js';
import { presentCentre, presentKit, presentLocality, presentOutreachPoint } from '../../org/org.presenter.js';
import { listOutreachPoints } from '../../org/outreach-point.repository.js';
import { listedEntity } from '../pulled-entity.js';

/** The device's own centre: its settings, working hours and the martial-law switch. */
export const centreEntity = listedEntity(
  'centre',
  async (tx, scope) => {
    const centre = await findCentre(tx, scope.centreId);
    return centre ? [centre] : [];
  },
  presentCentre,
);

/** The settlements of the centre's community. */
export const localityEntity = listedEntity(
  'locality',
  (tx, scope) => listLocalities(tx, scope.communityId),
  presentLocality,
);

/** The centre's outreach points, inactive ones included (the device shows only active ones). */
export const outreachPointEntity = listedEntity(
  'outreach_point',
  (tx, scope) => listOutreachPoints(tx, scope.centreId),
  presentOutreachPoint,
);

/** The centre's kits. */
export const kitEntity = listedEntity('kit', (tx, scope) => listKits(tx, scope.centreId), presentKit);
