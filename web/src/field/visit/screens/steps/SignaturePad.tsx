import { useEffect, useRef } from 'react';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { PAD_SIZE, type Signature, type SignaturePoint } from '../../form/signature';

interface SignaturePadProps {
  signature: Signature | null;
  onChange: (signature: Signature | null) => void;
}

function draw(canvas: HTMLCanvasElement, strokes: Signature['strokes']) {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.lineWidth = 3;
  context.lineCap = context.lineJoin = 'round';
  context.strokeStyle = '#101820';
  for (const stroke of strokes) {
    context.beginPath();
    stroke.forEach((p, i) => (i === 0 ? context.moveTo(p.x, p.y) : context.lineTo(p.x, p.y)));
    if (stroke.length === 1) context.lineTo(stroke[0]!.x + 0.1, stroke[0]!.y);
    context.stroke();
  }
}

/**
 * The applicant signs on the screen with a finger, a stylus or the mouse (pointer events). Strokes
 * are kept as points in the pad's own units, so the draft survives a reload and the PNG is made
 * from the same data at registration.
 */
export function SignaturePad({ signature, onChange }: SignaturePadProps) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<SignaturePoint[][]>(signature ? signature.strokes.map((s) => [...s]) : []);
  const drawing = useRef(false);

  useEffect(() => {
    if (canvas.current) draw(canvas.current, strokes.current);
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>): SignaturePoint => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: Math.round(((event.clientX - rect.left) / rect.width) * PAD_SIZE.width * 10) / 10,
      y: Math.round(((event.clientY - rect.top) / rect.height) * PAD_SIZE.height * 10) / 10,
    };
  };
  const save = () =>
    onChange(strokes.current.length ? { ...PAD_SIZE, strokes: strokes.current.map((s) => [...s]) } : null);

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        width={PAD_SIZE.width}
        height={PAD_SIZE.height}
        className="signature-pad__canvas"
        role="img"
        aria-label={t('fieldVisit.signature.label')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          drawing.current = true;
          strokes.current.push([point(event)]);
          draw(event.currentTarget, strokes.current);
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          strokes.current[strokes.current.length - 1]!.push(point(event));
          draw(event.currentTarget, strokes.current);
        }}
        onPointerUp={() => {
          if (!drawing.current) return;
          drawing.current = false;
          save();
        }}
        onPointerCancel={() => {
          drawing.current = false;
          save();
        }}
      />
      <p className="signature-pad__label">
        {signature ? t('fieldVisit.signature.label') : t('fieldVisit.signature.empty')}
      </p>
      <Button
        variant="secondary"
        onClick={() => {
          strokes.current = [];
          if (canvas.current) draw(canvas.current, []);
          onChange(null);
        }}
      >
        {t('fieldVisit.signature.clear')}
      </Button>
    </div>
  );
}
