import { centreCategories } from '../../catalogue/category.service.js';
import { presentCategory, presentService } from '../../catalogue/catalogue.presenter.js';
import { listServices } from '../../catalogue/service.repository.js';
import { listedEntity } from '../pulled-entity.js';

/**
 * The centre's catalogue with each service's exhaustive document list: the field shows the
 * checklist of a service offline. Inactive services are pulled too (the device hides them), so a
 * service switched off during the day still names the applications already registered for it.
 */
export const serviceEntity = listedEntity(
  'service',
  (tx, scope) => listServices(tx, scope.centreId, null),
  presentService,
);

/** The eligibility categories as the centre offers them (id = the category's code). */
export const categoryEntity = listedEntity(
  'category',
  async (tx, scope) => (await centreCategories(tx, scope.centreId)).map((c) => ({ ...c, id: c.code })),
  (row) => presentCategory(row),
);
