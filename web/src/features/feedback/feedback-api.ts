import { FeedbackItem, listOf, QualityAlert, type Role } from '@valiza/domain';
import { itemsOf } from '../../api/lists';

export const FeedbackPage = listOf(FeedbackItem);
export const AlertList = itemsOf(QualityAlert);

/** Who keeps the register. */
export const REGISTER_ROLES: readonly Role[] = ['quality', 'head', 'comms'];
/** Who discusses and decides proposals. */
export const DECIDING_ROLES: readonly Role[] = ['quality', 'head'];
/** Who reads the quality dashboard (the regional observer reads the region's). */
export const DASHBOARD_ROLES: readonly Role[] = ['head', 'quality', 'regional_observer'];
