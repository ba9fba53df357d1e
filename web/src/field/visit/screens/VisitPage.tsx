import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../../i18n/i18n-context';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { PageHeader } from '../../../ui/PageHeader';
import { Spinner } from '../../../ui/Spinner';
import { saveDraft } from '../flow/draft-store';
import { advance, cancelEarly, goTo, reachableSteps, type StepProblem } from '../flow/visit-flow';
import { VISIT_STEPS, type VisitDraft } from '../flow/visit-draft';
import { loadVisitData, type VisitData } from './visit-data';
import { StepView } from './StepView';
import './visit.css';

/**
 * One visit, step by step. The draft is saved (sealed, on the device) after every change, so a
 * reload or a restart opens the visit where it was, offline.
 */
export default function VisitPage() {
  const t = useT();
  const { visitId = '' } = useParams();
  const [data, setData] = useState<VisitData | null | 'loading'>('loading');
  const [problem, setProblem] = useState<StepProblem | null>(null);

  useEffect(() => {
    let live = true;
    void loadVisitData(visitId).then((loaded) => live && setData(loaded));
    return () => {
      live = false;
    };
  }, [visitId]);

  // The latest draft, so slow work (compressing a page) applies its change to what the person did meanwhile.
  const latest = useRef<VisitDraft | null>(null);
  useEffect(() => {
    if (data && data !== 'loading') latest.current = data.draft;
  }, [data]);
  const update = useCallback(async (change: VisitDraft | ((draft: VisitDraft) => VisitDraft)) => {
    if (!latest.current) return;
    const draft = typeof change === 'function' ? change(latest.current) : change;
    latest.current = draft;
    setProblem(null);
    setData((current) => (current && current !== 'loading' ? { ...current, draft } : current));
    await saveDraft(draft);
  }, []);

  if (data === 'loading') return <Spinner label={t('fieldVisit.loading')} />;
  if (!data)
    return (
      <Notice tone="warn" actions={<Link to="/field">{t('fieldVisit.backToToday')}</Link>}>
        {t('fieldVisit.notFound')}
      </Notice>
    );
  const { draft } = data;
  const reachable = reachableSteps(draft);
  const next = () => {
    const moved = advance(draft);
    if (moved.ok) void update(moved.draft);
    else setProblem(moved.problem);
  };
  const selfAdvancing = ['arrival', 'register', 'outcome', 'finished'].includes(draft.step);
  const canCancel = cancelEarly(draft) !== draft;

  return (
    <div className="field-visit">
      <PageHeader
        title={t('fieldVisit.title', { name: data.visit.applicant.name })}
        actions={<Link to="/field">{t('fieldVisit.backToToday')}</Link>}
      />
      <nav aria-label={t('fieldVisit.steps')}>
        <ol className="field-visit-steps">
          {VISIT_STEPS.map((step) => (
            <li key={step}>
              <button
                type="button"
                className="field-visit-steps__step"
                aria-current={step === draft.step ? 'step' : undefined}
                disabled={!reachable.includes(step) || step === draft.step}
                onClick={() => void update(goTo(draft, step))}
              >
                {t(`fieldVisit.step.${step}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="field-visit__step" aria-labelledby="field-visit-step-title">
        <h2 id="field-visit-step-title">{t(`fieldVisit.step.${draft.step}`)}</h2>
        <StepView data={data} update={update} />
        {problem && <Notice tone="error">{t(`fieldVisit.problem.${problem}`)}</Notice>}
        <div className="btn-row field-visit__actions">
          {!selfAdvancing && (
            <Button variant="primary" onClick={next}>
              {t('fieldVisit.next')}
            </Button>
          )}
          {canCancel && (
            <Button variant="secondary" onClick={() => void update(cancelEarly(draft))}>
              {t('fieldVisit.cancelEarly')}
            </Button>
          )}
        </div>
      </section>
    </div>
  );
}
