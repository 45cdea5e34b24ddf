import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm } from '../../platform/views/form.tsx';
import { belgianToday } from './clock.ts';
import { exportReportsXlsx, XLSX_TYPE } from './export-xlsx.ts';
import { CyclesPage } from './pages/secretariat/cycles/view.tsx';
import { DashboardPage } from './pages/secretariat/dashboard/view.tsx';
import { DaysPage } from './pages/secretariat/days/view.tsx';
import { defaultsFor, editDaysSchema, extendSchema, openCycleSchema } from './pages/secretariat/schema.ts';
import {
  changeCycleDays,
  dashboardPage,
  daysValues,
  decodeCursor,
  findCycle,
  isOpened,
  listCycles,
  openCycle,
  proposedYear,
  sendRemindersNow,
  statusFilter,
  type Cycle,
} from './service-cycles.ts';

/**
 * The secretariat's reporting cycles (issue 10): the list and the form that opens a cycle, a
 * cycle's dashboard with reminders on demand and the export of every report, and its days.
 */
export async function secretariatRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const secretariat = { config: { permission: 'secretariat' as const } };
  const list = (request: FastifyRequest) => `/${request.lang}/secretariat/reports`;

  app.get('/:lang/secretariat/reports', secretariat, async (request, reply) => {
    const cycles = await listCycles(db);
    return sendPage(request, reply, <CyclesPage cycles={cycles} form={emptyForm(defaultsFor(proposedYear(cycles)))} />);
  });

  app.post('/:lang/secretariat/reports', secretariat, async (request, reply) =>
    handleForm(request, reply, {
      schema: openCycleSchema,
      page: async (form) => <CyclesPage cycles={await listCycles(db)} form={form} />,
      run: (input) => openCycle(db, request.principal!.userId, input),
      done: (opened) => ({ to: `${list(request)}/${opened.year}`, flash: 'reports.cycles.flash.opened' }),
    }),
  );

  /** The cycle in the URL, or null once a 404 page is sent. */
  const load = async (request: FastifyRequest, reply: FastifyReply): Promise<Cycle | null> => {
    const raw = (request.params as { year: string }).year;
    const cycle = /^\d{4}$/.test(raw) ? await findCycle(db, Number(raw)) : null;
    if (!cycle) await sendError(request, reply, 404, 'notFound');
    return cycle;
  };

  app.get('/:lang/secretariat/reports/:year', secretariat, async (request, reply) => {
    const cycle = await load(request, reply);
    if (!cycle) return reply;
    const query = request.query as { status?: unknown; after?: unknown };
    const filter = statusFilter(query.status);
    const cursor = decodeCursor(query.after);
    const today = belgianToday();
    return sendPage(
      request,
      reply,
      <DashboardPage
        cycle={cycle}
        filter={filter}
        page={await dashboardPage(db, cycle.year, filter, cursor)}
        paged={cursor !== null}
        remindable={isOpened({ opens_on: cycle.opensOn }, today) && today <= cycle.graceUntil}
      />,
    );
  });

  app.get('/:lang/secretariat/reports/:year/days', secretariat, async (request, reply) => {
    const cycle = await load(request, reply);
    if (!cycle) return reply;
    const opened = isOpened({ opens_on: cycle.opensOn }, belgianToday());
    return sendPage(request, reply, <DaysPage cycle={cycle} opened={opened} form={emptyForm(daysValues(cycle))} />);
  });

  app.post('/:lang/secretariat/reports/:year/days', secretariat, async (request, reply) => {
    const cycle = await load(request, reply);
    if (!cycle) return reply;
    const opened = isOpened({ opens_on: cycle.opensOn }, belgianToday());
    return handleForm(request, reply, {
      schema: opened ? extendSchema : editDaysSchema,
      page: (form) => <DaysPage cycle={cycle} opened={opened} form={form} />,
      run: (input) => changeCycleDays(db, request.principal!.userId, cycle.year, input),
      done: () => ({ to: `${list(request)}/${cycle.year}`, flash: 'reports.cycles.flash.changed' }),
      failed: (failure) => (failure.error === 'notFound' ? sendError(request, reply, 404, 'notFound') : undefined),
    });
  });

  app.post('/:lang/secretariat/reports/:year/reminders', secretariat, async (request, reply) => {
    const cycle = await load(request, reply);
    if (!cycle) return reply;
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => sendRemindersNow(db, request.principal!.userId, cycle.year),
      done: ({ people }) => ({
        to: `${list(request)}/${cycle.year}`,
        flash:
          people === null
            ? 'reports.reminder.flash.already'
            : people === 0
              ? 'reports.reminder.flash.nobody'
              : 'reports.reminder.flash.sent',
      }),
      // Not open yet, or past its grace period: nobody is to be reminded (the page says so).
      failed: (failure) =>
        sendError(
          request,
          reply,
          failure.error === 'notFound' ? 404 : 409,
          failure.error === 'notFound' ? 'notFound' : 'badRequest',
        ),
    });
  });

  app.get('/:lang/secretariat/reports/:year/reports.xlsx', secretariat, async (request, reply) => {
    const cycle = await load(request, reply);
    if (!cycle) return reply;
    return reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="reports-${cycle.year}.xlsx"`)
      .header('cache-control', 'no-store')
      .send(exportReportsXlsx(db, cycle.year, request.lang));
  });
}
