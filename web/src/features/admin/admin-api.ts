import { Centre, Community, Region } from '@valiza/domain';
import { itemsOf } from '../../api/lists';

export const RegionList = itemsOf(Region);
export const CommunityList = itemsOf(Community);
export const CentreList = itemsOf(Centre);
