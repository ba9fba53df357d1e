import { useEffect, useState } from 'react';
import { uuidv7 } from '@valiza/domain';
import { useT } from '../../../../i18n/i18n-context';
import { Button } from '../../../../ui/Button';
import { Notice } from '../../../../ui/Notice';
import { FULL_CROP, NO_EDIT, turn, type PageEdit } from '../../capture/page-edit';
import { preparePage } from '../../capture/render-page';
import { deletePages, loadPage, savePage } from '../../flow/draft-store';
import type { DraftPage } from '../../flow/visit-draft';
import { CameraShot } from './CameraShot';
import { CropEditor } from './CropEditor';

/** Margins cut by "trim": scanners leave a few per cent of lid or table around the sheet. */
const TRIM: PageEdit['crop'] = { left: 0.03, top: 0.03, right: 0.97, bottom: 0.97 };

interface PageCaptureProps {
  documentName: string;
  pages: readonly DraftPage[];
  /** Changes the document's pages, applied to the latest draft (capture is slow). */
  onPages: (change: (pages: readonly DraftPage[]) => readonly DraftPage[]) => Promise<void>;
}

/** Compresses a captured image and keeps it on the device; answers the page for the draft. */
async function keepPage(file: Blob, edit: PageEdit): Promise<{ page: DraftPage; withinBudget: boolean }> {
  const compressed = await preparePage(file, edit);
  const fileId = uuidv7();
  await savePage(fileId, compressed.bytes);
  return {
    page: { fileId, width: compressed.width, height: compressed.height, size: compressed.bytes.length, edit },
    withinBudget: compressed.withinBudget,
  };
}

/** The pages of one document: scanner or photo through a file input, or the camera; rotate, trim, remove. */
export function PageCapture({ documentName, pages, onPages }: PageCaptureProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  /** The page being cropped by hand, and its picture. */
  const [cropping, setCropping] = useState<{ index: number; url: string } | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setWarning(null);
    try {
      await work();
    } catch {
      setWarning(t('fieldVisit.capture.failed'));
    } finally {
      setBusy(false);
    }
  };

  const addFiles = (files: readonly Blob[]) =>
    run(async () => {
      const added: DraftPage[] = [];
      for (const file of files) {
        const { page, withinBudget } = await keepPage(file, NO_EDIT);
        if (!withinBudget) setWarning(t('fieldVisit.capture.tooBig'));
        added.push(page);
      }
      await onPages((current) => [...current, ...added]);
    });

  const openCrop = (index: number) =>
    void loadPage(pages[index]!.fileId).then((bytes) => {
      if (!bytes) return;
      setCropping({ index, url: URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/jpeg' })) });
    });
  const closeCrop = () => {
    if (cropping) URL.revokeObjectURL(cropping.url);
    setCropping(null);
  };

  /** Rotation and cropping re-process the kept page (crop first, then compression), which replaces it. */
  const reprocess = (index: number, edit: PageEdit) =>
    run(async () => {
      const old = pages[index]!;
      const bytes = await loadPage(old.fileId);
      if (!bytes) throw new Error('missing page');
      const { page } = await keepPage(new Blob([bytes as BlobPart], { type: 'image/jpeg' }), edit);
      await onPages((current) => current.map((p) => (p.fileId === old.fileId ? page : p)));
      await deletePages([old.fileId]);
    });

  return (
    <div className="page-capture">
      <label className="btn btn--secondary page-capture__file">
        {t('fieldVisit.capture.file')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          className="visually-hidden"
          aria-label={`${t('fieldVisit.capture.file')}: ${documentName}`}
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length > 0) void addFiles(files);
          }}
        />
      </label>
      <Button variant="secondary" onClick={() => setCamera(true)} disabled={busy || camera}>
        {t('fieldVisit.capture.camera')}
      </Button>
      {camera && <CameraShot onShot={(blob) => void addFiles([blob])} onClose={() => setCamera(false)} />}
      {cropping && (
        <CropEditor
          imageUrl={cropping.url}
          label={t('fieldVisit.capture.pageName', { n: cropping.index + 1 })}
          onApply={(crop) => {
            const index = cropping.index;
            closeCrop();
            void reprocess(index, { rotation: 0, crop });
          }}
          onCancel={closeCrop}
        />
      )}
      {busy && <p role="status">{t('fieldVisit.capture.working')}</p>}
      {warning && <Notice tone="warn">{warning}</Notice>}
      <ol className="page-capture__pages">
        {pages.map((page, index) => (
          <li key={page.fileId} className="page-capture__page">
            <PageThumb fileId={page.fileId} />
            <span>{t('fieldVisit.capture.page', { n: index + 1, size: Math.round(page.size / 1024) })}</span>
            <Button
              variant="quiet"
              disabled={busy}
              onClick={() => void reprocess(index, { rotation: turn(0), crop: FULL_CROP })}
            >
              {t('fieldVisit.capture.rotate')}
            </Button>
            <Button
              variant="quiet"
              disabled={busy}
              onClick={() => void reprocess(index, { rotation: 0, crop: TRIM })}
            >
              {t('fieldVisit.capture.trim')}
            </Button>
            <Button variant="quiet" disabled={busy || cropping !== null} onClick={() => openCrop(index)}>
              {t('fieldVisit.capture.crop')}
            </Button>
            <Button
              variant="quiet"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await onPages((current) => current.filter((p) => p.fileId !== page.fileId));
                  await deletePages([page.fileId]);
                })
              }
            >
              {t('fieldVisit.capture.remove')}
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function PageThumb({ fileId }: { fileId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let created: string | null = null;
    void loadPage(fileId).then((bytes) => {
      if (!bytes) return;
      created = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
      setUrl(created);
    });
    return () => {
      if (created) URL.revokeObjectURL(created);
    };
  }, [fileId]);
  return url ? (
    <img src={url} alt="" className="page-capture__thumb" />
  ) : (
    <span className="page-capture__thumb" />
  );
}
