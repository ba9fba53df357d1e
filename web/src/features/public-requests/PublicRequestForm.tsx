import { PublicRequestAccepted, PublicRequestBody, type PublicCentre } from '@valiza/domain';
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { categoryName, serviceName } from '../intake/intake-api';
import { OTHER_LOCALITY } from '../intake/intake-draft';

const WHO = ['relative', 'self', 'neighbour', 'social_worker', 'other'] as const;
const PLACES = ['home', 'hospital', 'other_address'] as const;

/**
 * The short public form: who asks, for whom, where, which services, a phone and the two check-boxes.
 * The `website` field is a trap for robots: hidden from people and from screen readers.
 */
export function PublicRequestForm({
  centre,
  onAccepted,
}: {
  centre: PublicCentre;
  onAccepted: (number: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trapId = useId();
  const [who, setWho] = useState<(typeof WHO)[number]>('relative');
  const [requesterName, setRequesterName] = useState('');
  const [applicantName, setApplicantName] = useState('');
  const [placeKind, setPlaceKind] = useState<(typeof PLACES)[number]>('home');
  const [hospitalName, setHospitalName] = useState('');
  const [localityId, setLocalityId] = useState('');
  const [localityName, setLocalityName] = useState('');
  const [address, setAddress] = useState('');
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [category, setCategory] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [consent, setConsent] = useState(false);
  const [liability, setLiability] = useState(false);
  const [website, setWebsite] = useState('');

  const submit = async () => {
    const outside = localityId === OTHER_LOCALITY;
    const body = validate(
      PublicRequestBody,
      {
        centre: centre.slug,
        requester: { kind: who, name: who === 'self' ? null : textOrNull(requesterName) },
        applicantName,
        placeKind,
        localityId: outside || !localityId ? null : localityId,
        localityName: outside ? textOrNull(localityName) : null,
        address,
        hospitalName: placeKind === 'hospital' ? textOrNull(hospitalName) : null,
        serviceIds,
        category: category || null,
        phone,
        note: textOrNull(note),
        consent,
        liability,
        ...(website ? { website } : {}),
      },
      locale,
      {
        consent: t('public.consent.required'),
        liability: t('public.liability.required'),
        serviceIds: t('public.services.required'),
        localityId: t('public.locality.required'),
      },
    );
    onAccepted((await api.post('/api/v1/public/requests', body, PublicRequestAccepted)).number);
  };

  return (
    <Form onSubmit={submit} submitLabel={t('public.submit')}>
      <Select
        name="requester.kind"
        label={t('public.who')}
        value={who}
        onChange={(v) => setWho(v as typeof who)}
        options={WHO.map((w) => ({ value: w, label: t(`public.who.${w}`) }))}
      />
      {who !== 'self' && (
        <TextField
          name="requester.name"
          label={t('public.requesterName')}
          value={requesterName}
          onChange={setRequesterName}
          autoComplete="name"
        />
      )}
      <TextField
        name="applicantName"
        label={t('public.applicantName')}
        hint={t('public.applicantName.hint')}
        value={applicantName}
        onChange={setApplicantName}
      />
      <Select
        name="placeKind"
        label={t('public.place')}
        value={placeKind}
        onChange={(v) => setPlaceKind(v as typeof placeKind)}
        options={PLACES.map((p) => ({ value: p, label: t(`requests.place.${p}`) }))}
      />
      {placeKind === 'hospital' && (
        <TextField
          name="hospitalName"
          label={t('intake.place.hospitalName')}
          value={hospitalName}
          onChange={setHospitalName}
        />
      )}
      <Select
        name="localityId"
        label={t('public.locality')}
        value={localityId}
        onChange={setLocalityId}
        emptyOption={t('common.choose')}
        options={[
          ...centre.localities.map((l) => ({ value: l.id, label: l.name })),
          { value: OTHER_LOCALITY, label: t('intake.place.locality.other') },
        ]}
      />
      {localityId === OTHER_LOCALITY && (
        <TextField
          name="localityName"
          label={t('intake.place.localityName')}
          value={localityName}
          onChange={setLocalityName}
        />
      )}
      <TextField
        name="address"
        label={t('public.address')}
        hint={t('public.address.hint')}
        value={address}
        onChange={setAddress}
        autoComplete="street-address"
      />
      <CheckboxGroup name="serviceIds" legend={t('public.services')} hint={t('public.services.hint')}>
        {centre.services.map((s) => (
          <Checkbox
            key={s.id}
            name={`serviceIds.${s.id}`}
            label={serviceName(s, locale)}
            checked={serviceIds.includes(s.id)}
            onChange={(on) => setServiceIds((ids) => (on ? [...ids, s.id] : ids.filter((id) => id !== s.id)))}
          />
        ))}
      </CheckboxGroup>
      <Select
        name="category"
        label={t('public.category')}
        value={category}
        onChange={setCategory}
        emptyOption={t('public.category.unknown')}
        options={centre.categories.map((c) => ({ value: c.code, label: categoryName(c, locale) }))}
      />
      <TextField
        name="phone"
        label={t('public.phone')}
        hint={t('public.phone.hint')}
        type="tel"
        autoComplete="tel"
        width="medium"
        value={phone}
        onChange={setPhone}
      />
      <TextField
        name="note"
        label={t('public.note')}
        optional
        multiline
        rows={3}
        value={note}
        onChange={setNote}
      />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={trapId}>{t('public.trap')}</label>
        <input
          id={trapId}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
        />
      </div>
      <Checkbox
        name="consent"
        label={t('public.consent')}
        hint={t('public.consent.hint')}
        checked={consent}
        onChange={setConsent}
      />
      <Checkbox
        name="liability"
        label={t('public.liability')}
        hint={t('public.liability.hint')}
        checked={liability}
        onChange={setLiability}
      />
    </Form>
  );
}
