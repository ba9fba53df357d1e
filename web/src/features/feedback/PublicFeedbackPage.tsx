import { useState } from 'react';
import { useParams } from 'react-router';
import { FeedbackKind, PublicFeedbackBody, PublicFeedbackTokenState } from '@valiza/domain';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useLocale, useT } from '../../i18n/i18n-context';
import { useDescribeFailure } from '../../i18n/use-describe-failure';
import { textOrNull } from '../../i18n/parse';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { ChoiceField, SCORE_CHOICES, scoreOf } from './ChoiceField';

/**
 * `/feedback/:token`: the page printed on a confirmation. No sign-in; praise, a complaint or a
 * proposal, a score, and a contact only if the person wants an answer. The token works once; an
 * unknown and a used token get the same message.
 */
export function PublicFeedbackPage() {
  const t = useT();
  const { locale } = useLocale();
  const describe = useDescribeFailure();
  const token = useParams().token ?? '';
  const state = useResource(`feedback-token:${token}`, () =>
    api.post('/api/v1/public/feedback/check', { token }, PublicFeedbackTokenState),
  );
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const [rating, setRating] = useState('');
  const [wantsAnswer, setWantsAnswer] = useState(false);
  const [contact, setContact] = useState('');
  const [website, setWebsite] = useState('');
  const [sent, setSent] = useState(false);

  const submit = async () => {
    const body = validate(
      PublicFeedbackBody,
      {
        token,
        kind: kind || undefined,
        text,
        rating: scoreOf(rating),
        contact: wantsAnswer ? textOrNull(contact) : null,
        ...(website ? { website } : {}),
      },
      locale,
    );
    await api.post('/api/v1/public/feedback', body);
    setSent(true);
  };

  if (sent)
    return (
      <div className="public-large">
        <PageHeader title={t('publicFeedback.thanksTitle')} lead={<p>{t('publicFeedback.thanksText')}</p>} />
      </div>
    );
  if (state.error)
    return (
      <div className="public-large">
        <PageHeader title={t('publicFeedback.invalidTitle')} />
        <Notice tone="warn">{describe(state.error)}</Notice>
      </div>
    );
  if (!state.data) return <Spinner label={t('publicFeedback.checking')} />;
  return (
    <div className="public-large">
      <PageHeader
        title={t('publicFeedback.title')}
        lead={<p>{t('publicFeedback.lead', { centre: state.data.centreName })}</p>}
      />
      <Form onSubmit={submit} submitLabel={t('publicFeedback.send')}>
        <ChoiceField
          name="kind"
          legend={t('publicFeedback.kind')}
          value={kind}
          onChange={setKind}
          choices={FeedbackKind.options.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
        />
        <TextField
          name="text"
          label={t('publicFeedback.text')}
          value={text}
          onChange={setText}
          multiline
          rows={5}
        />
        <ChoiceField
          name="rating"
          legend={t('publicFeedback.rating')}
          value={rating}
          onChange={setRating}
          choices={SCORE_CHOICES}
          inline
        />
        <Checkbox
          name="wantsAnswer"
          label={t('publicFeedback.wantsAnswer')}
          checked={wantsAnswer}
          onChange={setWantsAnswer}
        />
        {wantsAnswer && (
          <TextField
            name="contact"
            label={t('publicFeedback.contact')}
            hint={t('publicFeedback.contact.hint')}
            value={contact}
            onChange={setContact}
            autoComplete="tel"
          />
        )}
        <div className="visually-hidden" aria-hidden="true">
          <TextField
            name="website"
            label={t('publicFeedback.robot')}
            value={website}
            onChange={setWebsite}
            autoComplete="off"
          />
        </div>
      </Form>
    </div>
  );
}
