import { useT } from '../i18n/i18n-context';
import { TextField } from './TextField';

interface CoordinateFieldsProps {
  lat: string;
  lon: string;
  onLat: (value: string) => void;
  onLon: (value: string) => void;
}

/** Latitude and longitude as typed text (a comma or a dot), both optional. */
export function CoordinateFields({ lat, lon, onLat, onLon }: CoordinateFieldsProps) {
  const t = useT();
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('geo.coordinates')}</legend>
      <p className="field__hint">{t('geo.coordinates.hint')}</p>
      <div className="form-grid">
        <TextField
          name="lat"
          label={t('geo.lat')}
          value={lat}
          onChange={onLat}
          optional
          inputMode="decimal"
          width="medium"
          spellCheck={false}
        />
        <TextField
          name="lon"
          label={t('geo.lon')}
          value={lon}
          onChange={onLon}
          optional
          inputMode="decimal"
          width="medium"
          spellCheck={false}
        />
      </div>
    </fieldset>
  );
}
