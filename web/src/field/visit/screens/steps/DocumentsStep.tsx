import { useT } from '../../../../i18n/i18n-context';
import { Checkbox } from '../../../../ui/Checkbox';
import type { DraftDocument, DraftService, VisitDraft } from '../../flow/visit-draft';
import type { StepProps } from '../StepView';
import { PageCapture } from './PageCapture';

function withDocument(
  draft: VisitDraft,
  serviceId: string,
  key: string,
  change: Partial<DraftDocument>,
): VisitDraft {
  return {
    ...draft,
    services: draft.services.map((s) =>
      s.serviceId === serviceId
        ? { ...s, documents: s.documents.map((d) => (d.key === key ? { ...d, ...change } : d)) }
        : s,
    ),
  };
}

function withPages(
  draft: VisitDraft,
  serviceId: string,
  key: string,
  change: (pages: DraftDocument['pages']) => DraftDocument['pages'],
): VisitDraft {
  const current = draft.services.find((s) => s.serviceId === serviceId)?.documents.find((d) => d.key === key);
  return withDocument(draft, serviceId, key, { pages: change(current?.pages ?? []) });
}

function withService(draft: VisitDraft, serviceId: string, change: Partial<DraftService>): VisitDraft {
  return {
    ...draft,
    services: draft.services.map((s) => (s.serviceId === serviceId ? { ...s, ...change } : s)),
  };
}

/**
 * Documents, service by service: the checklist agreed at intake (has it, original, certified copy),
 * then the pages of each document the applicant has — each document becomes one PDF at registration.
 */
export function DocumentsStep({ data, update }: StepProps) {
  const t = useT();
  return (
    <>
      {data.draft.services.map((service) => (
        <section key={service.serviceId} className="field-visit-service" aria-label={service.name}>
          <h3>{t('fieldVisit.documents.service', { name: service.name })}</h3>
          <Checkbox
            name={`included-${service.serviceId}`}
            label={t('fieldVisit.documents.included')}
            checked={service.included}
            onChange={(included) => void update(withService(data.draft, service.serviceId, { included }))}
          />
          {service.included && (
            <ul className="field-visit-checklist" aria-label={t('fieldVisit.documents.checklist')}>
              {service.documents.map((document) => (
                <li key={document.key} className="field-visit-document">
                  <h4>{document.name}</h4>
                  <Checkbox
                    name={`present-${document.key}`}
                    label={t('fieldVisit.documents.present')}
                    checked={document.present}
                    onChange={(present) =>
                      void update(withDocument(data.draft, service.serviceId, document.key, { present }))
                    }
                  />
                  {document.present && (
                    <>
                      <Checkbox
                        name={`original-${document.key}`}
                        label={t('fieldVisit.documents.original')}
                        checked={document.original}
                        onChange={(original) =>
                          void update(withDocument(data.draft, service.serviceId, document.key, { original }))
                        }
                      />
                      <Checkbox
                        name={`certified-${document.key}`}
                        label={t('fieldVisit.documents.certified')}
                        checked={document.certified}
                        onChange={(certified) =>
                          void update(
                            withDocument(data.draft, service.serviceId, document.key, { certified }),
                          )
                        }
                      />
                      <PageCapture
                        documentName={document.name}
                        pages={document.pages}
                        // Capture is slow: the pages go into the latest draft, not the one of this render.
                        onPages={(change) =>
                          update((draft) => withPages(draft, service.serviceId, document.key, change))
                        }
                      />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
