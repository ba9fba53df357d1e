import { useState } from 'react';
import { Centre } from '@valiza/domain';
import { useApiGet } from '../../api/use-resource';
import { useMe } from '../../app/auth-context';
import { useT } from '../../i18n/i18n-context';
import { Loaded } from '../../ui/Loaded';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { CentreSettingsForm } from './CentreSettingsForm';
import { CentreView } from './CentreView';

/** The centre's settings: editable by its head, read-only for the rest of the staff. */
export function CentrePage() {
  const t = useT();
  const me = useMe();
  const centre = useApiGet('/api/v1/centre', Centre);
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  const canEdit = me.roles.includes('head');

  return (
    <>
      <PageHeader
        title={t('centre.title')}
        lead={<p>{canEdit ? t('centre.lead.head') : t('centre.lead.staff')}</p>}
      />
      {notice === 'saved' && (
        <Notice tone="success">
          <p>{t('common.saved')}</p>
        </Notice>
      )}
      {notice === 'conflict' && (
        <Notice tone="warn" title={t('centre.conflict.title')}>
          <p>{t('centre.conflict.text')}</p>
        </Notice>
      )}
      <Loaded resource={centre}>
        {(data) =>
          canEdit ? (
            <CentreSettingsForm
              centre={data}
              onSaved={(saved) => {
                centre.replace(saved);
                setNotice('saved');
              }}
              onConflict={(fresh) => {
                centre.replace(fresh);
                setNotice('conflict');
              }}
            />
          ) : (
            <CentreView centre={data} />
          )
        }
      </Loaded>
    </>
  );
}
