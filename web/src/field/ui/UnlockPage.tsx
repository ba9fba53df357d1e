import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/errors';
import { useT } from '../../i18n/i18n-context';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { MAX_WRONG_PINS } from '../pin-rule';
import { unlock, type LockState } from '../session';
import { requestPersistentStorage } from '../storage';

/**
 * Opens the device's data with the PIN, offline too. Before the last attempt it warns; when unsent
 * work exists it says so and offers to save it to a file right after unlocking.
 */
export function UnlockPage({ state }: { state: Extract<LockState, { kind: 'locked' }> }) {
  const t = useT();
  const navigate = useNavigate();
  const [pin, setPin] = useState('');
  const [exportAfter, setExportAfter] = useState(true);
  const lastAttempt = MAX_WRONG_PINS - state.failures === 1;

  const submit = async () => {
    const result = await unlock(pin);
    setPin('');
    if (result.ok) {
      void requestPersistentStorage();
      if (state.warn && exportAfter) void navigate('/field/export');
      return;
    }
    if (result.wiped) return;
    const message = t('field.unlock.wrong', { remaining: result.remaining });
    throw new ApiError(400, 'field.wrong_pin', message, [{ path: 'pin', code: 'invalid', message }]);
  };

  return (
    <>
      <PageHeader title={t('field.unlock.title')} lead={<p>{t('field.unlock.lead')}</p>} />
      {lastAttempt && (
        <Notice tone="warn" title={t('field.unlock.lastAttemptTitle')}>
          <p>{t('field.unlock.lastAttempt')}</p>
          {state.warn && <p>{t('field.unlock.unsentWarning', { count: state.unsent })}</p>}
        </Notice>
      )}
      <Form onSubmit={submit} submitLabel={t('field.unlock.submit')}>
        <TextField
          name="pin"
          label={t('field.unlock.pin')}
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          value={pin}
          onChange={setPin}
          width="short"
        />
        {state.warn && (
          <Checkbox
            name="exportAfter"
            label={t('field.unlock.exportAfter')}
            checked={exportAfter}
            onChange={setExportAfter}
          />
        )}
      </Form>
    </>
  );
}
