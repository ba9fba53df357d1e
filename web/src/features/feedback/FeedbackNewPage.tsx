import { useState } from 'react';
import { CreateFeedbackBody, FeedbackItem, FeedbackKind, StaffFeedbackChannel } from '@valiza/domain';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { flash } from '../../app/flash';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { LinkButton } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { ChoiceField, SCORE_CHOICES, scoreOf } from './ChoiceField';

/** `/quality/feedback/new`: staff copy feedback from a social network, the website or elsewhere. */
export function FeedbackNewPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [channel, setChannel] = useState('');
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const [rating, setRating] = useState('');
  const [money, setMoney] = useState(false);
  const [link, setLink] = useState('');

  const submit = async () => {
    const body = validate(
      CreateFeedbackBody,
      {
        channel: channel || undefined,
        kind: kind || undefined,
        text,
        rating: scoreOf(rating),
        askedForMoney: money,
        sourceLink: textOrNull(link),
      },
      locale,
    );
    await api.post('/api/v1/feedback', body, FeedbackItem);
    navigate('/quality/feedback', { state: flash('feedback.created') });
  };

  return (
    <>
      <PageHeader title={t('feedback.new.title')} lead={<p>{t('feedback.new.lead')}</p>} />
      <Form
        onSubmit={submit}
        submitLabel={t('feedback.register.add')}
        actions={<LinkButton to="/quality/feedback">{t('common.cancel')}</LinkButton>}
      >
        <Select
          name="channel"
          label={t('feedback.field.channel')}
          value={channel}
          onChange={setChannel}
          emptyOption={t('common.choose')}
          options={StaffFeedbackChannel.options.map((c) => ({ value: c, label: t(`feedback.channel.${c}`) }))}
        />
        <ChoiceField
          name="kind"
          legend={t('feedback.field.kind')}
          value={kind}
          onChange={setKind}
          choices={FeedbackKind.options.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
          inline
        />
        <TextField name="text" label={t('feedback.field.text')} value={text} onChange={setText} multiline />
        <ChoiceField
          name="rating"
          legend={t('feedback.field.rating')}
          value={rating}
          onChange={setRating}
          choices={SCORE_CHOICES}
          inline
        />
        <Checkbox
          name="askedForMoney"
          label={t('feedback.field.money')}
          hint={t('feedback.field.money.hint')}
          checked={money}
          onChange={setMoney}
        />
        <TextField
          name="sourceLink"
          label={t('feedback.field.link')}
          value={link}
          onChange={setLink}
          type="url"
          optional
        />
      </Form>
    </>
  );
}
