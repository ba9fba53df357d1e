import { useState } from 'react';
import { FeedbackKind, SurveyCallBody, SurveyDetail } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { ChoiceField, SCORE_CHOICES, scoreOf } from '../feedback/ChoiceField';

const CODE_FIELDS = { 'survey.comment_kind_required': 'commentKind' };

/** The call script: how the call ended, and when the person talked, their answers. */
export function SurveyScriptForm({
  survey,
  onSaved,
}: {
  survey: SurveyDetail;
  onSaved: (s: SurveyDetail) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [outcome, setOutcome] = useState('');
  const [punctuality, setPunctuality] = useState('');
  const [politeness, setPoliteness] = useState('');
  const [clarity, setClarity] = useState('');
  const [money, setMoney] = useState('');
  const [satisfaction, setSatisfaction] = useState('');
  const [comments, setComments] = useState('');
  const [commentKind, setCommentKind] = useState('');

  const submit = async () => {
    const raw =
      outcome === 'reached'
        ? {
            outcome,
            version: survey.version,
            answers: {
              punctuality: scoreOf(punctuality),
              politeness: scoreOf(politeness),
              clarity: scoreOf(clarity),
              askedForMoney: money === 'yes' ? true : money === 'no' ? false : undefined,
              satisfaction: scoreOf(satisfaction),
              comments: textOrNull(comments),
            },
            commentKind: commentKind || null,
          }
        : { outcome: outcome || undefined, version: survey.version };
    const body = validate(SurveyCallBody, raw, locale);
    onSaved(await api.post(`/api/v1/surveys/${survey.id}/calls`, body, SurveyDetail));
    setOutcome('');
  };

  const scores = [
    ['answers.punctuality', 'surveys.q.punctuality', punctuality, setPunctuality],
    ['answers.politeness', 'surveys.q.politeness', politeness, setPoliteness],
    ['answers.clarity', 'surveys.q.clarity', clarity, setClarity],
  ] as const;
  return (
    <section className="section" aria-labelledby="survey-script">
      <h2 id="survey-script">{t('surveys.script')}</h2>
      <Form onSubmit={submit} submitLabel={t('surveys.save')} codeFields={CODE_FIELDS}>
        <ChoiceField
          name="outcome"
          legend={t('surveys.outcome')}
          value={outcome}
          onChange={setOutcome}
          choices={(['reached', 'not_reached', 'declined'] as const).map((o) => ({
            value: o,
            label: t(`surveys.outcome.${o}`),
          }))}
        />
        {outcome === 'reached' && (
          <>
            {scores.map(([name, legend, value, set]) => (
              <ChoiceField
                key={name}
                name={name}
                legend={t(legend)}
                value={value}
                onChange={set}
                choices={SCORE_CHOICES}
                inline
              />
            ))}
            <ChoiceField
              name="answers.askedForMoney"
              legend={t('surveys.q.money')}
              hint={t('surveys.q.money.hint')}
              value={money}
              onChange={setMoney}
              choices={[
                { value: 'no', label: t('feedback.no') },
                { value: 'yes', label: t('feedback.yes') },
              ]}
              inline
            />
            <ChoiceField
              name="answers.satisfaction"
              legend={t('surveys.q.satisfaction')}
              value={satisfaction}
              onChange={setSatisfaction}
              choices={SCORE_CHOICES}
              inline
            />
            <TextField
              name="answers.comments"
              label={t('surveys.q.comments')}
              value={comments}
              onChange={setComments}
              multiline
              optional
            />
            {comments.trim() && (
              <ChoiceField
                name="commentKind"
                legend={t('surveys.q.commentKind')}
                value={commentKind}
                onChange={setCommentKind}
                choices={FeedbackKind.options.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
                inline
              />
            )}
          </>
        )}
      </Form>
    </section>
  );
}
