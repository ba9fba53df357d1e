import { useState } from 'react';
import {
  DELIVERY_METHODS,
  DeliveryAnswer,
  FORWARD_METHODS,
  LogbookEntry,
  PROVIDER_DECISIONS,
} from '@valiza/domain';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { StepForm, useOccurredAt } from './StepForm';

/** The next step an application is waiting for, as a form; the answer replaces the entry shown. */
export function EntryActions({
  entry,
  onChange,
}: {
  entry: LogbookEntry;
  onChange: (e: LogbookEntry) => void;
}) {
  const t = useT();
  const when = useOccurredAt();
  const [method, setMethod] = useState('');
  const [text, setText] = useState('');
  const [decision, setDecision] = useState('granted');
  const [requestMade, setRequestMade] = useState(false);
  const base = `/api/v1/logbook/${entry.id}`;

  if (entry.status === 'registered')
    return (
      <StepForm
        title={t('logbook.action.forward.title')}
        submitLabel={t('logbook.action.forward')}
        when={when}
        onSubmit={async () =>
          onChange(
            await api.post(
              `${base}/forward`,
              { occurredAt: when.toInstant(), method: method || 'e_registry', reference: text || null },
              LogbookEntry,
            ),
          )
        }
      >
        <Select
          name="method"
          label={t('logbook.action.method')}
          value={method || 'e_registry'}
          onChange={setMethod}
          options={FORWARD_METHODS.map((m) => ({ value: m, label: t(`logbook.forward.${m}`) }))}
        />
        <TextField
          name="reference"
          label={t('logbook.action.reference')}
          value={text}
          onChange={setText}
          optional
          width="medium"
        />
      </StepForm>
    );
  if (entry.status === 'forwarded')
    return (
      <StepForm
        title={t('logbook.action.decision.title')}
        submitLabel={t('logbook.action.decision')}
        when={when}
        onSubmit={async () =>
          onChange(
            await api.post(
              `${base}/decision`,
              { occurredAt: when.toInstant(), decision, reason: text || null },
              LogbookEntry,
            ),
          )
        }
      >
        <Select
          name="decision"
          label={t('logbook.action.decision.title')}
          value={decision}
          onChange={setDecision}
          options={PROVIDER_DECISIONS.map((d) => ({ value: d, label: t(`logbook.decision.${d}`) }))}
        />
        {decision !== 'granted' && (
          <TextField
            name="reason"
            label={t('logbook.action.reason')}
            value={text}
            onChange={setText}
            multiline
          />
        )}
      </StepForm>
    );
  if (entry.status === 'decided' || entry.status === 'result_ready') {
    const delivery = (
      <StepForm
        title={t('logbook.action.delivery.title')}
        submitLabel={t('logbook.action.delivery')}
        when={when}
        onSubmit={async () => {
          const answer = await api.post(
            `${base}/delivery`,
            { occurredAt: when.toInstant(), method: method || 'pickup', trackingNumber: text || null },
            DeliveryAnswer,
          );
          setRequestMade(answer.requestId !== null);
          onChange(answer.entry);
        }}
      >
        <Select
          name="method"
          label={t('logbook.action.method')}
          value={method || 'pickup'}
          onChange={setMethod}
          options={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`logbook.delivery.${m}`) }))}
        />
        {method === 'post' && (
          <TextField
            name="trackingNumber"
            label={t('logbook.action.tracking')}
            value={text}
            onChange={setText}
            width="medium"
          />
        )}
      </StepForm>
    );
    if (entry.status === 'result_ready') return delivery;
    return (
      <>
        <StepForm
          title={t('logbook.action.result.title')}
          submitLabel={t('logbook.action.result')}
          when={when}
          onSubmit={async () =>
            onChange(await api.post(`${base}/result`, { occurredAt: when.toInstant() }, LogbookEntry))
          }
        >
          <p>{t('logbook.action.result.hint')}</p>
        </StepForm>
        {delivery}
      </>
    );
  }
  return requestMade ? (
    <Notice tone="success">
      <p>{t('logbook.action.requestMade')}</p>
    </Notice>
  ) : null;
}
