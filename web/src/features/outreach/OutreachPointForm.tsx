import { useState } from 'react';
import { OutreachPoint, OutreachPointBody, type Locality } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { LinkButton } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { CoordinateFields } from '../../ui/CoordinateFields';
import { coordinateText, readCoordinates } from '../../ui/coordinates';
import { Form } from '../../ui/Form';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { fieldProblems, validate } from '../../ui/validate';

interface OutreachPointFormProps {
  point?: OutreachPoint;
  localities: readonly Locality[];
  onSaved: (point: OutreachPoint) => void;
}

/** An outreach point: name, address, settlement, usual hours, optional coordinates, in use or not. */
export function OutreachPointForm({ point, localities, onSaved }: OutreachPointFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [name, setName] = useState(point?.name ?? '');
  const [address, setAddress] = useState(point?.address ?? '');
  const [localityId, setLocalityId] = useState(point?.localityId ?? '');
  const [usualHours, setUsualHours] = useState(point?.usualHours ?? '');
  const [lat, setLat] = useState(coordinateText(point?.lat ?? null));
  const [lon, setLon] = useState(coordinateText(point?.lon ?? null));
  const [active, setActive] = useState(point?.active ?? true);

  const submit = async () => {
    const coordinates = readCoordinates(lat, lon, t('geo.notANumber'));
    if (coordinates.problems.length) throw fieldProblems(coordinates.problems, locale);
    const body = validate(
      OutreachPointBody,
      {
        name,
        address,
        localityId: localityId || null,
        usualHours: textOrNull(usualHours),
        lat: coordinates.lat,
        lon: coordinates.lon,
        active,
      },
      locale,
    );
    onSaved(
      point
        ? await api.put(`/api/v1/outreach-points/${point.id}`, body, OutreachPoint)
        : await api.post('/api/v1/outreach-points', body, OutreachPoint),
    );
  };

  return (
    <Form
      onSubmit={submit}
      submitLabel={point ? t('common.save') : t('outreach.add')}
      actions={<LinkButton to="/outreach-points">{t('common.cancel')}</LinkButton>}
    >
      <TextField
        name="name"
        label={t('outreach.name')}
        hint={t('outreach.name.hint')}
        value={name}
        onChange={setName}
      />
      <TextField name="address" label={t('outreach.address')} value={address} onChange={setAddress} />
      <Select
        name="localityId"
        label={t('outreach.locality')}
        value={localityId}
        onChange={setLocalityId}
        emptyOption={t('common.notSet')}
        options={localities.map((l) => ({ value: l.id, label: l.name }))}
        optional
      />
      <TextField
        name="usualHours"
        label={t('outreach.usualHours')}
        hint={t('outreach.usualHours.hint')}
        value={usualHours}
        onChange={setUsualHours}
        optional
      />
      <CoordinateFields lat={lat} lon={lon} onLat={setLat} onLon={setLon} />
      <Checkbox
        name="active"
        label={t('outreach.active')}
        hint={t('outreach.active.hint')}
        checked={active}
        onChange={setActive}
      />
    </Form>
  );
}
