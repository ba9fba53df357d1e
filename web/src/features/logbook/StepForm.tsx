import { useState, type ReactNode } from 'react';
import { instantAt, parseDisplayDate } from '@valiza/domain';
import { ApiError } from '../../api/errors';
import { formatDate, formatTime } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';

/** When a step happened, typed as a Kyiv date and time (now by default), as an ISO instant. */
export function useOccurredAt() {
  const t = useT();
  const now = new Date();
  const [date, setDate] = useState(formatDate(now));
  const [time, setTime] = useState(formatTime(now));
  const toInstant = () => {
    const day = parseDisplayDate(date);
    if (!day || !/^\d{2}:\d{2}$/.test(time))
      throw new ApiError(400, 'validation.failed', t('logbook.filter.badDate'), [
        { path: 'occurredAt', code: 'invalid', message: t('logbook.filter.badDate') },
      ]);
    return instantAt(day, time).toISOString();
  };
  return { date, setDate, time, setTime, toInstant };
}

/** A form for one step of an application: its date and time, its own fields, one button. */
export function StepForm({
  title,
  submitLabel,
  when,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  when: ReturnType<typeof useOccurredAt>;
  onSubmit: () => Promise<void>;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <Form onSubmit={onSubmit} submitLabel={submitLabel}>
        <TextField
          name="occurredAt"
          label={t('logbook.action.date')}
          hint={t('logbook.filter.dateHint')}
          value={when.date}
          onChange={when.setDate}
          width="short"
        />
        <TextField
          name="occurredAtTime"
          label={t('logbook.action.time')}
          type="time"
          value={when.time}
          onChange={when.setTime}
          width="time"
        />
        {children}
      </Form>
    </section>
  );
}
