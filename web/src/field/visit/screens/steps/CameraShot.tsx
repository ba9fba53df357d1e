import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { Notice } from '../../../../ui/Notice';

/** The camera through getUserMedia: a live picture and one button that takes the page. */
export function CameraShot({
  onShot,
  onClose,
  shootLabel,
}: {
  onShot: (blob: Blob) => void;
  onClose: () => void;
  /** The label of the button that takes the picture (a page, or the back of an ID card). */
  shootLabel?: string;
}) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(() => !navigator.mediaDevices);
  useEffect(() => {
    let stream: MediaStream | null = null;
    if (!navigator.mediaDevices) return;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 2480 } } })
      .then((s) => {
        stream = s;
        if (video.current) video.current.srcObject = s;
      })
      .catch(() => setFailed(true));
    return () => stream?.getTracks().forEach((track) => track.stop());
  }, []);
  const shoot = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && onShot(blob), 'image/png');
  };
  if (failed) return <Notice tone="warn">{t('fieldVisit.capture.cameraFailed')}</Notice>;
  return (
    <div className="page-capture__camera">
      <video ref={video} autoPlay playsInline muted className="page-capture__video" />
      <div className="btn-row">
        <Button variant="primary" onClick={shoot}>
          {shootLabel ?? t('fieldVisit.capture.shoot')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('fieldVisit.capture.closeCamera')}
        </Button>
      </div>
    </div>
  );
}
