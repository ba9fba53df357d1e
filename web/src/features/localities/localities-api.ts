import { Locality } from '@valiza/domain';
import { itemsOf } from '../../api/lists';

/** `GET /api/v1/localities`: the settlements of the actor's community. */
export const LocalityList = itemsOf(Locality);
