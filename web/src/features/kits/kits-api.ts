import { Kit, type Role } from '@valiza/domain';
import { itemsOf } from '../../api/lists';

export const KitList = itemsOf(Kit);

/** Who keeps the kits (adds and changes them); every other member of staff reads them. */
export const KIT_KEEPERS: readonly Role[] = ['head', 'technician'];
