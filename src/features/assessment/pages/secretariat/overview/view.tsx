import { Layout } from '../../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../../platform/views/context.ts';
import { BackLink, ButtonLink, Pagination, Table, Tag } from '../../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../../platform/views/form.tsx';
import { LEVELS } from '../../../framework.ts';
import type { FrameworkVersionLine } from '../../../repository-secretariat.ts';
import {
  MIN_ORGANISATIONS,
  type NationalTable,
  type SecretariatOverview,
  type SharedRunLine,
} from '../../../service-secretariat.ts';
import { AUDIENCE_LABEL, LEVEL_LABEL, STATUS_LABEL, STATUS_TONE } from '../labels.ts';
import { NationalChart } from './chart.tsx';

/**
 * The secretariat's page on the self-assessment: the framework's versions, submissions per year,
 * the national distribution of latest levels (only where enough organisations answered) and
 * the runs organisations have shared.
 */
export function AssessmentOverviewPage(props: {
  overview: SecretariatOverview;
  shared: { lines: SharedRunLine[]; next: string | null };
  paged: boolean;
}) {
  const { t } = usePage();
  const href = useHref();
  const title = t('assessment.secretariat.title');
  const { overview, shared } = props;
  const here = href('/secretariat/assessment');
  return (
    <Layout title={title} noindex wide>
      <BackLink href={href('/secretariat')}>{t('assessment.secretariat.back')}</BackLink>
      <h1>{title}</h1>
      <p class="lead">{t('assessment.secretariat.lead')}</p>
      <Versions versions={overview.versions} draftVersion={overview.draftVersion} />
      <Years years={overview.years} />
      <National tables={overview.national} />
      <section aria-labelledby="shared" class="stack">
        <h2 id="shared">{t('assessment.secretariat.shared.title')}</h2>
        <SharedRuns lines={shared.lines} />
        <Pagination
          firstHref={props.paged ? `${here}#shared` : null}
          nextHref={shared.next ? `${here}?after=${encodeURIComponent(shared.next)}#shared` : null}
        />
      </section>
    </Layout>
  );
}

function Versions(props: { versions: FrameworkVersionLine[]; draftVersion: number | null }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <section aria-labelledby="versions" class="stack">
      <h2 id="versions">{t('assessment.secretariat.versions.title')}</h2>
      {props.versions.length === 0 ? (
        <p>{t('assessment.secretariat.versions.none')}</p>
      ) : (
        <Table
          caption={t('assessment.secretariat.versions.title')}
          captionHidden
          rows={props.versions}
          columns={[
            {
              header: t('assessment.framework.version.header'),
              cell: (v) => (
                <a href={href(`/secretariat/assessment/frameworks/${v.version}`)}>
                  {t('assessment.framework.version', { version: v.version })}
                </a>
              ),
            },
            {
              header: t('assessment.framework.status.header'),
              cell: (v) => <Tag tone={STATUS_TONE[v.status]}>{t(STATUS_LABEL[v.status])}</Tag>,
            },
            { header: t('assessment.framework.createdAt'), cell: (v) => fmt.date(v.createdAt) },
            { header: t('assessment.framework.publishedAt'), cell: (v) => fmt.date(v.publishedAt) },
            { header: t('assessment.framework.supersededAt'), cell: (v) => fmt.date(v.supersededAt) },
          ]}
        />
      )}
      {props.draftVersion !== null ? (
        <p>
          <ButtonLink href={href(`/secretariat/assessment/frameworks/${props.draftVersion}`)}>
            {t('assessment.secretariat.versions.continueDraft', { version: props.draftVersion })}
          </ButtonLink>
        </p>
      ) : props.versions.length > 0 ? (
        <Form action={href('/secretariat/assessment/frameworks')} class="stack">
          <p class="hint">{t('assessment.secretariat.versions.startDraft.hint')}</p>
          <Button variant="secondary">{t('assessment.secretariat.versions.startDraft')}</Button>
        </Form>
      ) : null}
    </section>
  );
}

function Years({ years }: { years: SecretariatOverview['years'] }) {
  const { t, fmt } = usePage();
  return (
    <section aria-labelledby="years" class="stack">
      <h2 id="years">{t('assessment.secretariat.years.title')}</h2>
      {years.length === 0 ? (
        <p>{t('assessment.secretariat.years.none')}</p>
      ) : (
        <Table
          caption={t('assessment.secretariat.years.title')}
          captionHidden
          rows={years}
          columns={[
            { header: t('assessment.secretariat.years.year'), cell: (y) => String(y.year) },
            { header: t('assessment.secretariat.years.runs'), numeric: true, cell: (y) => fmt.number(y.runs) },
            {
              header: t('assessment.secretariat.years.organisations'),
              numeric: true,
              cell: (y) => fmt.number(y.organisations),
            },
          ]}
        />
      )}
    </section>
  );
}

function National({ tables }: { tables: NationalTable[] | null }) {
  const { t, fmt } = usePage();
  return (
    <section aria-labelledby="national" class="stack">
      <h2 id="national">{t('assessment.secretariat.national.title')}</h2>
      <p>{t('assessment.secretariat.national.rule', { min: MIN_ORGANISATIONS })}</p>
      {tables === null ? (
        <p>{t('assessment.secretariat.national.noFramework')}</p>
      ) : (
        tables.map((table) => (
          <>
            <h3>{t(AUDIENCE_LABEL[table.audience])}</h3>
            {table.rows.some((r) => r.levels) ? <NationalChart table={table} /> : null}
            <Table
              caption={t('assessment.secretariat.national.caption', { audience: t(AUDIENCE_LABEL[table.audience]) })}
              captionHidden
              rows={table.rows}
              columns={[
                { header: t('assessment.secretariat.national.dimension'), cell: (r) => r.title },
                ...LEVELS.map((n) => ({
                  header: t('assessment.framework.levelName', { level: n, name: t(LEVEL_LABEL[n]) }),
                  numeric: true,
                  cell: (r: NationalTable['rows'][number]) => (r.levels ? fmt.number(r.levels[n] ?? 0) : '–'),
                })),
                {
                  header: t('assessment.secretariat.national.organisations'),
                  numeric: true,
                  cell: (r) =>
                    r.levels
                      ? fmt.number(r.organisations)
                      : t('assessment.secretariat.national.hidden', { min: MIN_ORGANISATIONS }),
                },
              ]}
            />
          </>
        ))
      )}
    </section>
  );
}

function SharedRuns({ lines }: { lines: SharedRunLine[] }) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (lines.length === 0) return <p>{t('assessment.secretariat.shared.none')}</p>;
  return (
    <Table
      caption={t('assessment.secretariat.shared.title')}
      captionHidden
      rows={lines}
      columns={[
        {
          header: t('assessment.secretariat.shared.organisation'),
          cell: (r) => (
            <a href={href(`/organisations/${r.orgId}/assessment/runs/${r.runId}`)}>
              {r.orgName ?? t('assessment.secretariat.shared.unknownOrganisation')}
            </a>
          ),
        },
        { header: t('assessment.secretariat.shared.sharedAt'), cell: (r) => fmt.date(r.sharedAt) },
        { header: t('assessment.secretariat.shared.submittedAt'), cell: (r) => fmt.date(r.submittedAt) },
        {
          header: t('assessment.secretariat.shared.dimensions'),
          numeric: true,
          cell: (r) => fmt.number(r.dimensionCount),
        },
        {
          header: t('assessment.framework.version.header'),
          cell: (r) => t('assessment.framework.version', { version: r.frameworkVersion }),
        },
      ]}
    />
  );
}
