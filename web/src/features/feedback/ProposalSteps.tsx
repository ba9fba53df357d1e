import { useState } from 'react';
import { FeedbackDecision, FeedbackItem, FeedbackStepBody } from '@valiza/domain';
import { api } from '../../api/client';
import { canAccess } from '../../app/access';
import { useMe } from '../../app/auth-context';
import { useLocale, useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { ChoiceField } from './ChoiceField';
import { DECIDING_ROLES } from './feedback-api';

/** The next step of a proposal: discussed → decided (accepted or not, what changes) → published. */
export function ProposalSteps({
  item,
  onSaved,
}: {
  item: FeedbackItem;
  onSaved: (item: FeedbackItem) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const [discussion, setDiscussion] = useState('');
  const [decision, setDecision] = useState('');
  const [changes, setChanges] = useState('');
  const step = item.status === 'received' ? 'discuss' : item.status === 'discussed' ? 'decide' : 'publish';
  if (step !== 'publish' && !canAccess(me.roles, DECIDING_ROLES)) return null;

  const submit = async () => {
    const raw =
      step === 'discuss'
        ? { step, version: item.version, discussion }
        : step === 'decide'
          ? { step, version: item.version, decision: decision || undefined, changes }
          : { step, version: item.version };
    const body = validate(FeedbackStepBody, raw, locale);
    onSaved(await api.post(`/api/v1/feedback/${item.id}/steps`, body, FeedbackItem));
  };

  return (
    <section className="section" aria-labelledby="proposal-step">
      <h2 id="proposal-step">{t(`feedback.step.${step}`)}</h2>
      <Form onSubmit={submit} submitLabel={t(`feedback.step.${step}`)}>
        {step === 'discuss' && (
          <TextField
            name="discussion"
            label={t('feedback.step.discuss.label')}
            value={discussion}
            onChange={setDiscussion}
            multiline
          />
        )}
        {step === 'decide' && (
          <>
            <ChoiceField
              name="decision"
              legend={t('feedback.step.decision')}
              value={decision}
              onChange={setDecision}
              choices={FeedbackDecision.options.map((d) => ({
                value: d,
                label: t(`feedback.decision.${d}`),
              }))}
              inline
            />
            <TextField
              name="changes"
              label={t('feedback.step.changes')}
              value={changes}
              onChange={setChanges}
              multiline
            />
          </>
        )}
      </Form>
    </section>
  );
}
