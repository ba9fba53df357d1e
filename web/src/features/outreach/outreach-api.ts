import { OutreachPoint } from '@valiza/domain';
import { itemsOf } from '../../api/lists';

export const OutreachPointList = itemsOf(OutreachPoint);
