import type { FastifyInstance } from 'fastify';
import { applyRoutes } from './routes-apply.tsx';
import { confirmRoutes } from './routes-confirm.tsx';
import { secretariatRoutes } from './routes-secretariat.tsx';
import { paperRoutes } from './routes-paper.tsx';

// Signing the charter online, in three parts:
//   the applicant   /:lang/sign, /:lang/sign/apply, /:lang/sign/applications/:applicationId
//   the executive   /:lang/sign/confirm/:token (the only way to a signature)
//   the secretariat /:lang/secretariat, /:lang/secretariat/applications[/:applicationId]
//   on paper        /:lang/sign/paper-form.pdf, /:lang/secretariat/paper-signatures, /:lang/secretariat/scans/:file
export async function routes(app: FastifyInstance) {
  await applyRoutes(app);
  await confirmRoutes(app);
  await secretariatRoutes(app);
  await paperRoutes(app);
}
