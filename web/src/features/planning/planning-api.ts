import {
  CallListItem,
  CrewMember,
  KitCheck,
  Kit,
  OutboxItem,
  OutreachSession,
  PlanApproval,
  PlanSummary,
  WaitingRequest,
  type Role,
} from '@valiza/domain';
import { itemsOf } from '../../api/lists';

export const WaitingList = itemsOf(WaitingRequest);
export const PlanSummaryList = itemsOf(PlanSummary);
export const ApprovalList = itemsOf(PlanApproval);
export const SessionList = itemsOf(OutreachSession);
export const KitList = itemsOf(Kit);
export const KitCheckList = itemsOf(KitCheck);
export const CallList = itemsOf(CallListItem);
export const OutboxList = itemsOf(OutboxItem);

/** Who plans visits on the board. */
export const PLANNERS: readonly Role[] = ['head', 'operator'];
/** Who approves plans. */
export const APPROVERS: readonly Role[] = ['head'];
/** Who records a kit's checklist before departure. */
export const KIT_CHECKERS: readonly Role[] = ['head', 'technician', 'administrator'];
/** Who calls applicants without a mobile phone. */
export const CALLERS: readonly Role[] = ['head', 'operator'];

/** `GET /api/v1/planning/crew`: colleagues with their roles. */
export const StaffCrewList = itemsOf(CrewMember);
