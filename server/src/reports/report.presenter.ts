import type { Publication } from '@valiza/domain';
import type { PublicationRow } from './publication.repository.js';

const KIND = 'quarter' as const;

export function presentPublication(row: PublicationRow): Publication {
  return {
    id: row.id,
    period: { kind: KIND, code: row.periodCode, from: row.periodFrom, to: row.periodTo },
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    figures: row.figures,
  };
}
