import { useState } from 'react';
import type { StaffMember } from '@valiza/domain';
import { useParams } from 'react-router';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { LinkButton } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { ResetPasswordForm } from './ResetPasswordForm';
import { StaffList } from './staff-api';
import { StaffAccessSection } from './StaffAccessSection';
import { StaffDetailsForm } from './StaffDetailsForm';

/** One staff member: details and roles, a new password, and access (deactivate / reactivate). */
export function StaffEditPage() {
  const t = useT();
  const me = useMe();
  const { id } = useParams();
  const staff = useApiGet('/api/v1/staff', StaffList);
  const [saved, setSaved] = useState(false);
  const person = staff.data?.items.find((p) => p.id === id);

  const update = (changed: StaffMember) => {
    if (!staff.data) return;
    staff.replace({ items: staff.data.items.map((p) => (p.id === changed.id ? changed : p)) });
  };

  return (
    <>
      <PageHeader
        title={person?.name ?? t('staff.edit.title')}
        lead={person && <p>{t('staff.edit.lead', { login: person.login })}</p>}
        actions={<LinkButton to="/staff">{t('staff.backToList')}</LinkButton>}
      />
      <Loaded resource={staff}>
        {() =>
          !person ? (
            <EmptyState title={t('staff.edit.missing')} />
          ) : (
            <>
              {saved && (
                <Notice tone="success">
                  <p>{t('common.saved')}</p>
                </Notice>
              )}
              <section aria-labelledby="staff-details">
                <h2 id="staff-details">{t('staff.edit.details')}</h2>
                <StaffDetailsForm
                  person={person}
                  onSaved={(changed) => {
                    update(changed);
                    setSaved(true);
                  }}
                />
              </section>
              <section className="section form-section" aria-labelledby="staff-password">
                <h2 id="staff-password">{t('staff.reset.title')}</h2>
                <ResetPasswordForm person={person} />
              </section>
              <section className="section form-section" aria-labelledby="staff-access">
                <h2 id="staff-access">{t('staff.access.title')}</h2>
                <StaffAccessSection person={person} isSelf={person.id === me.person.id} onChanged={update} />
              </section>
            </>
          )
        }
      </Loaded>
    </>
  );
}
