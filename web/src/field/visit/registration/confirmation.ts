import { formatDate, formatTime } from '../../../i18n/format';
import type { DraftApplication } from '../flow/visit-draft';
import { feedbackUrl } from './feedback-token';

/** What the printed confirmation of one application says (art. 42 of the Law on Administrative Procedure). */
export interface ConfirmationContent {
  /** dd.mm.yyyy, Kyiv. */
  readonly date: string;
  readonly time: string;
  readonly number: string;
  readonly applicantName: string;
  readonly serviceName: string;
  readonly documents: readonly { name: string; pages: number; original: boolean; certified: boolean }[];
  readonly administratorName: string;
  readonly centreName: string;
  /** `${publicUrl}/feedback/${token}`, also as a QR code. */
  readonly feedbackUrl: string;
}

/** The confirmation of a registered application, from what registration stored in the draft. */
export function confirmationContent(
  application: DraftApplication,
  context: {
    applicantName: string;
    serviceName: string;
    administratorName: string;
    centreName: string;
    publicUrl: string;
  },
): ConfirmationContent {
  return {
    date: formatDate(application.registeredAt),
    time: formatTime(application.registeredAt),
    number: application.printedNumber,
    applicantName: context.applicantName,
    serviceName: context.serviceName,
    documents: application.documents,
    administratorName: context.administratorName,
    centreName: context.centreName,
    feedbackUrl: feedbackUrl(context.publicUrl, application.feedbackToken),
  };
}
