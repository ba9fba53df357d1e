import type { VisitDraft } from '../flow/visit-draft';
import { ArrivalStep, NoticeStep } from './steps/ArrivalStep';
import { ConfirmationStep } from './steps/ConfirmationStep';
import { DocumentsStep } from './steps/DocumentsStep';
import { FinishedStep, OutcomeStep } from './steps/OutcomeStep';
import { FormStep } from './steps/FormStep';
import { IdentityStep } from './steps/IdentityStep';
import { PaymentStep } from './steps/PaymentStep';
import { RegisterStep } from './steps/RegisterStep';
import type { VisitData } from './visit-data';

/** What every step receives: the visit's data and a way to save the changed draft. */
export interface StepProps {
  data: VisitData;
  /** Saves a new draft, or a change applied to the latest one. */
  update: (change: VisitDraft | ((draft: VisitDraft) => VisitDraft)) => Promise<void>;
}

/** The screen of the draft's current step. */
export function StepView(props: StepProps) {
  switch (props.data.draft.step) {
    case 'arrival':
      return <ArrivalStep {...props} />;
    case 'notice':
      return <NoticeStep {...props} />;
    case 'identity':
      return <IdentityStep {...props} />;
    case 'documents':
      return <DocumentsStep {...props} />;
    case 'payment':
      return <PaymentStep {...props} />;
    case 'form':
      return <FormStep {...props} />;
    case 'register':
      return <RegisterStep {...props} />;
    case 'confirmation':
      return <ConfirmationStep {...props} />;
    case 'outcome':
      return <OutcomeStep {...props} />;
    case 'finished':
      return <FinishedStep {...props} />;
  }
}
