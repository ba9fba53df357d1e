import { useState } from 'react';
import { Locality, LocalityBody } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { LinkButton } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { CoordinateFields } from '../../ui/CoordinateFields';
import { coordinateText, readCoordinates } from '../../ui/coordinates';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { fieldProblems, validate } from '../../ui/validate';

interface LocalityFormProps {
  locality?: Locality;
  onSaved: (locality: Locality) => void;
}

/** A settlement: its name, KATOTTH code, centre point and whether it counts as remote. */
export function LocalityForm({ locality, onSaved }: LocalityFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [name, setName] = useState(locality?.name ?? '');
  const [katotth, setKatotth] = useState(locality?.katotth ?? '');
  const [lat, setLat] = useState(coordinateText(locality?.lat ?? null));
  const [lon, setLon] = useState(coordinateText(locality?.lon ?? null));
  const [remote, setRemote] = useState(locality?.remote ?? false);

  const submit = async () => {
    const coordinates = readCoordinates(lat, lon, t('geo.notANumber'));
    if (coordinates.problems.length) throw fieldProblems(coordinates.problems, locale);
    const body = validate(
      LocalityBody,
      { name, katotth: textOrNull(katotth), lat: coordinates.lat, lon: coordinates.lon, remote },
      locale,
    );
    onSaved(
      locality
        ? await api.put(`/api/v1/localities/${locality.id}`, body, Locality)
        : await api.post('/api/v1/localities', body, Locality),
    );
  };

  return (
    <Form
      onSubmit={submit}
      submitLabel={locality ? t('common.save') : t('localities.add')}
      codeFields={{ 'org.name_taken': 'name' }}
      actions={<LinkButton to="/localities">{t('common.cancel')}</LinkButton>}
    >
      <TextField name="name" label={t('localities.name')} value={name} onChange={setName} />
      <TextField
        name="katotth"
        label={t('localities.katotth')}
        hint={t('localities.katotth.hint')}
        value={katotth}
        onChange={setKatotth}
        optional
        spellCheck={false}
        width="medium"
      />
      <CoordinateFields lat={lat} lon={lon} onLat={setLat} onLon={setLon} />
      <Checkbox
        name="remote"
        label={t('localities.remote')}
        hint={t('localities.remote.hint')}
        checked={remote}
        onChange={setRemote}
      />
    </Form>
  );
}
