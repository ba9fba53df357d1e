import { useState } from 'react';
import { FEEDBACK_QUESTIONNAIRE_VERSION, FeedbackKind, FeedbackQuestionnaireV1 } from '@valiza/domain';
import { enqueue } from '../../field';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { ChoiceField, SCORE_CHOICES, scoreOf } from './ChoiceField';

const YES_NO = ['yes', 'no', 'skip'] as const;
const moneyAnswer = (value: string): boolean | null | undefined =>
  value === 'yes' ? true : value === 'no' ? false : value === 'skip' ? null : undefined;

/**
 * The anonymous questionnaire the applicant fills in on the field device at the end of a visit. It
 * is stored in the field outbox as a `feedback.questionnaire` command (no visit, request or person
 * named) and sent with the next sync, so it works offline. The field app must be unlocked.
 */
export function QuestionnaireForm({ onDone }: { onDone?: (id: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [politeness, setPoliteness] = useState('');
  const [clarity, setClarity] = useState('');
  const [satisfaction, setSatisfaction] = useState('');
  const [money, setMoney] = useState('');
  const [kind, setKind] = useState('none');
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    const payload = validate(
      FeedbackQuestionnaireV1,
      {
        politeness: scoreOf(politeness),
        clarity: scoreOf(clarity),
        satisfaction: scoreOf(satisfaction),
        askedForMoney: moneyAnswer(money),
        kind: kind === 'none' ? null : kind,
        text: kind === 'none' ? null : textOrNull(text),
      },
      locale,
    );
    const { id } = await enqueue('feedback.questionnaire', payload, {
      formatVersion: FEEDBACK_QUESTIONNAIRE_VERSION,
    });
    setSaved(true);
    onDone?.(id);
  };

  if (saved) return <Notice tone="success">{t('questionnaire.saved')}</Notice>;
  return (
    <section aria-labelledby="questionnaire-title" className="public-large">
      <h2 id="questionnaire-title">{t('questionnaire.title')}</h2>
      <p>{t('questionnaire.lead')}</p>
      <Form onSubmit={submit} submitLabel={t('questionnaire.send')}>
        <ChoiceField
          name="politeness"
          legend={t('questionnaire.politeness')}
          value={politeness}
          onChange={setPoliteness}
          choices={SCORE_CHOICES}
          inline
        />
        <ChoiceField
          name="clarity"
          legend={t('questionnaire.clarity')}
          value={clarity}
          onChange={setClarity}
          choices={SCORE_CHOICES}
          inline
        />
        <ChoiceField
          name="satisfaction"
          legend={t('questionnaire.satisfaction')}
          value={satisfaction}
          onChange={setSatisfaction}
          choices={SCORE_CHOICES}
          inline
        />
        <ChoiceField
          name="askedForMoney"
          legend={t('questionnaire.money')}
          value={money}
          onChange={setMoney}
          choices={YES_NO.map((v) => ({
            value: v,
            label: t(v === 'yes' ? 'feedback.yes' : v === 'no' ? 'feedback.no' : 'feedback.noAnswer'),
          }))}
        />
        <ChoiceField
          name="kind"
          legend={t('questionnaire.kind')}
          value={kind}
          onChange={setKind}
          choices={[
            { value: 'none', label: t('questionnaire.kind.none') },
            ...FeedbackKind.options.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) })),
          ]}
        />
        {kind !== 'none' && (
          <TextField
            name="text"
            label={t('questionnaire.text')}
            value={text}
            onChange={setText}
            multiline
            optional
          />
        )}
      </Form>
    </section>
  );
}
