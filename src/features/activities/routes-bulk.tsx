import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { translator } from '../../platform/i18n/i18n.ts';
import { orgRequest, refuse } from '../organisations/context.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { CSV_TYPE, exportCsv, exportXlsx, templateCsv, templateXlsx, XLSX_TYPE } from './bulk-files.ts';
import { ImportPage } from './pages/import/view.tsx';
import { parseLogQuery } from './query.ts';
import { mayReadLog } from './service.ts';
import { checkImport, IMPORT_MAX_BYTES, importActivities, type RowError } from './service-import.ts';

// The log in bulk: the templates to fill in, the import (members of a signatory, as for logging
// one activity), and the export of the log (whoever may read it), in CSV and XLSX. The files
// are named in the reader's language; their columns are bulk-columns.ts's.

type Params = { orgId: string };

export async function bulkRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const base = (request: FastifyRequest) =>
    `/${request.lang}/organisations/${(request.params as Params).orgId}/activities`;
  const fileName = (request: FastifyRequest, what: 'template' | 'export', ext: string) =>
    `${translator(request.lang)(what === 'template' ? 'activities.bulk.file.template' : 'activities.bulk.file.export')}.${ext}`;
  const attach = (reply: FastifyReply, type: string, name: string) =>
    reply
      .type(type)
      .header(
        'content-disposition',
        `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .header('cache-control', 'private, no-store');

  const isSignatory = async (orgId: string) => (await organisationRefs(db, [orgId])).get(orgId)?.status === 'signatory';

  app.get('/:lang/organisations/:orgId/activities/template.csv', member, async (request, reply) =>
    attach(reply, CSV_TYPE, fileName(request, 'template', 'csv')).send(templateCsv(request.lang)),
  );

  app.get('/:lang/organisations/:orgId/activities/template.xlsx', member, async (request, reply) =>
    attach(reply, XLSX_TYPE, fileName(request, 'template', 'xlsx')).send(await templateXlsx(request.lang)),
  );

  const importPage = (request: FastifyRequest, form: FormState, rowErrors?: RowError[]) => {
    const { orgId, orgName } = orgRequest(request);
    return <ImportPage orgId={orgId} orgName={orgName} form={form} rowErrors={rowErrors} />;
  };

  app.get('/:lang/organisations/:orgId/activities/import', member, async (request, reply) => {
    if (!(await isSignatory(orgRequest(request).orgId))) return refuse(request, reply, 'forbidden');
    return sendPage(request, reply, importPage(request, emptyForm()));
  });

  app.post(
    '/:lang/organisations/:orgId/activities/import',
    { config: { permission: 'org-member', uploads: { maxFileBytes: IMPORT_MAX_BYTES } } },
    async (request, reply) => {
      const { orgId, principal } = orgRequest(request);
      if (!(await isSignatory(orgId))) return refuse(request, reply, 'forbidden');
      const check = await checkImport((request.body as Record<string, unknown>).file, request.lang);
      if (!check.ok) {
        const t = translator(request.lang);
        const message =
          'problem' in check
            ? check.problem
            : t('activities.import.error.rows', { rows: new Set(check.rows.map((e) => e.row)).size });
        const rows = 'rows' in check ? check.rows : undefined;
        return sendPage(request, reply, importPage(request, { values: {}, errors: { file: message } }, rows), 400);
      }
      const done = await importActivities(db, principal.userId, orgId, check.inputs);
      if (!done.ok) return refuse(request, reply, done.error);
      return reply.redirect(`${base(request)}?imported=${done.value.ids.length}`, 303);
    },
  );

  /** The export follows the log's filters (kind, year), so what is downloaded is what was listed. */
  const exportOf = (kind: 'csv' | 'xlsx') => async (request: FastifyRequest, reply: FastifyReply) => {
    const { orgId } = request.params as Params;
    if (!mayReadLog(request.principal, orgId)) return sendError(request, reply, 403, 'forbidden');
    if (!(await organisationRefs(db, [orgId])).get(orgId)) return sendError(request, reply, 404, 'notFound');
    const { filter } = parseLogQuery(request.query, 0);
    const name = fileName(request, 'export', kind);
    return kind === 'csv'
      ? attach(reply, CSV_TYPE, name).send(exportCsv(db, orgId, filter, request.lang))
      : attach(reply, XLSX_TYPE, name).send(exportXlsx(db, orgId, filter, request.lang));
  };

  const reader = { config: { permission: 'signed-in' as const } };
  app.get('/:lang/organisations/:orgId/activities/export.csv', reader, exportOf('csv'));
  app.get('/:lang/organisations/:orgId/activities/export.xlsx', reader, exportOf('xlsx'));
}
