import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  Applicant,
  ApplicantCard,
  ApplicantListItem,
  ApplicantQuery,
  DuplicateGroup,
  IdParams,
  listOf,
  MergeApplicantsBody,
  UpdateApplicantBody,
} from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { mergeApplicants } from './applicant-merge.service.js';
import { changeApplicant, listDuplicates, openApplicantCard, searchApplicants } from './applicant.service.js';

const tags = ['applicants'];

/** Search, cards, corrections, duplicates and merges of applicants. */
export async function applicantRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  r.get(
    '/api/v1/applicants',
    {
      schema: {
        tags,
        summary: 'Find applicants by name, phone (or its last digits) or address',
        querystring: ApplicantQuery,
        response: { 200: listOf(ApplicantListItem) },
      },
    },
    async (req) => searchApplicants(req.db, requireActor(req.actor), req.query),
  );
  r.get(
    '/api/v1/applicants/duplicates',
    {
      schema: {
        tags,
        summary: 'Likely duplicates: same name and birth date, or a shared phone (head)',
        response: { 200: z.object({ items: z.array(DuplicateGroup) }) },
      },
    },
    async (req) => ({ items: await listDuplicates(req.db, requireActor(req.actor)) }),
  );
  r.get(
    '/api/v1/applicants/:id',
    {
      schema: {
        tags,
        summary: "An applicant's card with the history of requests and visits (the opening is audited)",
        params: IdParams,
        response: { 200: ApplicantCard },
      },
    },
    async (req) => openApplicantCard(req.db, requireActor(req.actor), req.params.id),
  );
  r.put(
    '/api/v1/applicants/:id',
    {
      schema: {
        tags,
        summary: 'Correct an applicant (operator, head); `conflict` when it changed since it was read',
        params: IdParams,
        body: UpdateApplicantBody,
        response: { 200: Applicant },
      },
    },
    async (req) => changeApplicant(req.db, requireActor(req.actor), req.params.id, req.body),
  );
  r.post(
    '/api/v1/applicants/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge duplicates into this applicant (head): requests move, merged records stay marked',
        params: IdParams,
        body: MergeApplicantsBody,
        response: { 200: ApplicantCard },
      },
    },
    async (req) => {
      const actor = requireActor(req.actor);
      const id = await mergeApplicants(req.db, actor, req.params.id, req.body.mergeIds);
      return openApplicantCard(req.db, actor, id);
    },
  );
}
