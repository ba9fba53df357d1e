import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { FULL_CROP, setEdge, type Crop, type CropEdge } from '../../capture/page-edit';

/** A grip of the crop frame: one edge (keyboard and pointer) or a corner (pointer: two edges at once). */
interface Grip {
  readonly name: string;
  readonly edges: readonly CropEdge[];
}

const EDGES: readonly Grip[] = [
  { name: 'left', edges: ['left'] },
  { name: 'top', edges: ['top'] },
  { name: 'right', edges: ['right'] },
  { name: 'bottom', edges: ['bottom'] },
];
const CORNERS: readonly Grip[] = [
  { name: 'top-left', edges: ['left', 'top'] },
  { name: 'top-right', edges: ['right', 'top'] },
  { name: 'bottom-right', edges: ['right', 'bottom'] },
  { name: 'bottom-left', edges: ['left', 'bottom'] },
];

const horizontal = (edge: CropEdge) => edge === 'left' || edge === 'right';

/** Where a grip sits on the frame, in per cent of the picture. */
function gripPosition(crop: Crop, grip: Grip): { left: string; top: string } {
  const x = grip.edges.includes('left')
    ? crop.left
    : grip.edges.includes('right')
      ? crop.right
      : (crop.left + crop.right) / 2;
  const y = grip.edges.includes('top')
    ? crop.top
    : grip.edges.includes('bottom')
      ? crop.bottom
      : (crop.top + crop.bottom) / 2;
  return { left: `${x * 100}%`, top: `${y * 100}%` };
}

/** Keys move an edge by 1 % (10 % with Shift); Home and End take it to the picture's side. */
function keyedEdge(crop: Crop, edge: CropEdge, event: KeyboardEvent): Crop | null {
  const step = event.shiftKey ? 0.1 : 0.01;
  const value = crop[edge];
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return setEdge(crop, edge, value - step);
    case 'ArrowRight':
    case 'ArrowDown':
      return setEdge(crop, edge, value + step);
    case 'PageUp':
      return setEdge(crop, edge, value - 0.1);
    case 'PageDown':
      return setEdge(crop, edge, value + 0.1);
    case 'Home':
      return setEdge(crop, edge, 0);
    case 'End':
      return setEdge(crop, edge, 1);
    default:
      return null;
  }
}

interface CropEditorProps {
  /** The page as it is kept now. */
  imageUrl: string;
  /** Names the page, for the frame's label. */
  label: string;
  onApply: (crop: Crop) => void;
  onCancel: () => void;
}

/**
 * A free crop of a page: a frame over the picture whose four edges and four corners are dragged with
 * a finger, a pen or the mouse (pointer events), and whose edges are sliders for the keyboard.
 */
export function CropEditor({ imageUrl, label, onApply, onCancel }: CropEditorProps) {
  const t = useT();
  const [crop, setCrop] = useState<Crop>(FULL_CROP);
  const frame = useRef<HTMLDivElement>(null);
  const dragging = useRef<Grip | null>(null);

  const start = (grip: Grip) => (event: PointerEvent<HTMLElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    dragging.current = grip;
  };
  const move = (grip: Grip) => (event: PointerEvent<HTMLElement>) => {
    const box = frame.current?.getBoundingClientRect();
    if (dragging.current !== grip || !box || box.width === 0 || box.height === 0) return;
    const x = (event.clientX - box.left) / box.width;
    const y = (event.clientY - box.top) / box.height;
    setCrop((current) =>
      grip.edges.reduce((next, edge) => setEdge(next, edge, horizontal(edge) ? x : y), current),
    );
  };
  const stop = () => {
    dragging.current = null;
  };
  const pointer = (grip: Grip) => ({
    onPointerDown: start(grip),
    onPointerMove: move(grip),
    onPointerUp: stop,
    onPointerCancel: stop,
  });

  return (
    <div className="crop-editor" role="group" aria-label={t('fieldVisit.crop.title', { page: label })}>
      <p className="crop-editor__hint">{t('fieldVisit.crop.hint')}</p>
      <div className="crop-editor__frame" ref={frame}>
        <img src={imageUrl} alt={label} className="crop-editor__image" draggable={false} />
        <div
          className="crop-editor__window"
          style={{
            left: `${crop.left * 100}%`,
            top: `${crop.top * 100}%`,
            width: `${(crop.right - crop.left) * 100}%`,
            height: `${(crop.bottom - crop.top) * 100}%`,
          }}
        />
        {CORNERS.map((grip) => (
          <span
            key={grip.name}
            className={`crop-editor__grip crop-editor__grip--corner`}
            data-grip={grip.name}
            style={gripPosition(crop, grip)}
            aria-hidden="true"
            {...pointer(grip)}
          />
        ))}
        {EDGES.map((grip) => {
          const edge = grip.edges[0]!;
          const percent = Math.round(crop[edge] * 100);
          return (
            <span
              key={grip.name}
              role="slider"
              tabIndex={0}
              className={`crop-editor__grip crop-editor__grip--${horizontal(edge) ? 'side' : 'end'}`}
              data-grip={grip.name}
              style={gripPosition(crop, grip)}
              aria-label={t(`fieldVisit.crop.edge.${edge}`)}
              aria-orientation={horizontal(edge) ? 'horizontal' : 'vertical'}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={`${percent} %`}
              onKeyDown={(event) => {
                const next = keyedEdge(crop, edge, event);
                if (!next) return;
                event.preventDefault();
                setCrop(next);
              }}
              {...pointer(grip)}
            />
          );
        })}
      </div>
      <div className="btn-row">
        <Button variant="primary" onClick={() => onApply(crop)}>
          {t('fieldVisit.crop.apply')}
        </Button>
        <Button variant="secondary" onClick={() => setCrop(FULL_CROP)}>
          {t('fieldVisit.crop.reset')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('fieldVisit.crop.cancel')}
        </Button>
      </div>
    </div>
  );
}
