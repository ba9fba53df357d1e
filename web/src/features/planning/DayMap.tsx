import { useEffect, useRef, useState } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useT } from '../../i18n/i18n-context';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  label: string;
  kind: 'stop' | 'waiting' | 'centre';
}

interface DayMapProps {
  points: readonly MapPoint[];
  /** A tile template, or null: the markers are drawn on a plain background. */
  tilesUrl: string | null;
}

const COLOURS = { stop: '#0b4f9c', waiting: '#8a4b00', centre: '#1b5e20' } as const;

/**
 * The day on a map (Leaflet, loaded only with this component). Without tiles, or when the tile server
 * cannot be reached, the markers stay on a plain background: the list of stops beside it is the
 * board's real content, and the map only helps the eye.
 */
export default function DayMap({ points, tilesUrl }: DayMapProps) {
  const t = useT();
  const element = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    if (!element.current) return;
    const map = L.map(element.current, { attributionControl: false, keyboard: false });
    if (tilesUrl) {
      const layer = L.tileLayer(tilesUrl, { maxZoom: 18 });
      layer.once('tileerror', () => setTilesFailed(true));
      layer.addTo(map);
    }
    const markers = L.featureGroup(
      points.map((p) =>
        L.circleMarker([p.lat, p.lon], {
          radius: p.kind === 'centre' ? 7 : 10,
          color: COLOURS[p.kind],
          weight: 3,
          fillOpacity: p.kind === 'waiting' ? 0.3 : 0.85,
        }).bindTooltip(p.label),
      ),
    ).addTo(map);
    if (points.length > 0) map.fitBounds(markers.getBounds().pad(0.2), { maxZoom: 14 });
    else map.setView([48.5, 31.2], 6);
    return () => {
      map.remove();
    };
  }, [points, tilesUrl]);

  return (
    <figure className="day-map">
      <div
        ref={element}
        className={tilesUrl && !tilesFailed ? 'day-map__canvas' : 'day-map__canvas day-map__canvas--plain'}
        role="img"
        aria-label={t('planning.map.label', { n: points.length })}
      />
      <figcaption className="field__hint">
        {!tilesUrl
          ? t('planning.map.noTiles')
          : tilesFailed
            ? t('planning.map.tilesFailed')
            : t('planning.map.legend')}
      </figcaption>
    </figure>
  );
}
