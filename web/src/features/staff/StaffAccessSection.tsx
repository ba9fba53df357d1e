import { useState } from 'react';
import { StaffMember } from '@valiza/domain';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FailureNotice } from '../../ui/Loaded';
import { StatusTag } from '../../ui/StatusTag';

interface StaffAccessSectionProps {
  person: StaffMember;
  isSelf: boolean;
  onChanged: (person: StaffMember) => void;
}

/**
 * Deactivating (after a confirmation that says what happens) or reactivating a staff member.
 * Deactivation ends the person's sessions at once; their records stay.
 */
export function StaffAccessSection({ person, isSelf, onChanged }: StaffAccessSectionProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const setActive = async (active: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await api.patch(`/api/v1/staff/${person.id}`, { active }, StaffMember));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <p>
        {t('staff.access.now')} <StatusTag active={person.active} />
      </p>
      {failure !== null && <FailureNotice failure={failure} />}
      {isSelf ? (
        <p>{t('staff.access.self')}</p>
      ) : person.active ? (
        <>
          <p>{t('staff.access.deactivateHint')}</p>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('staff.access.deactivate')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('staff.access.reactivateHint')}</p>
          <Button busy={busy} onClick={() => void setActive(true)}>
            {t('staff.access.reactivate')}
          </Button>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('staff.access.confirmTitle', { name: person.name })}
        confirmLabel={t('staff.access.deactivate')}
        tone="danger"
        busy={busy}
        onConfirm={() => void setActive(false)}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('staff.access.confirmSessions')}</p>
        <p>{t('staff.access.confirmRecords')}</p>
      </ConfirmDialog>
    </>
  );
}
