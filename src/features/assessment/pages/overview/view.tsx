import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Select, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, ButtonLink, Pagination } from '../../../../platform/views/components.tsx';
import type { Overview } from '../../service-read.ts';
import { answersPath, overviewPath, runPath, ScopeFields } from '../run/parts.tsx';
import { PublicLineForm } from '../results/public-line.tsx';

/**
 * The organisation's self-assessment: what it is, the draft being answered, the submitted runs
 * (newest first, a page at a time), the start form for those who write, and, for
 * administrators, who else may answer.
 */
export function OverviewPage(props: {
  orgId: string;
  overview: Overview;
  startForm: FormState;
  editorForm: FormState;
  paged: boolean;
}) {
  const { t } = usePage();
  const href = useHref();
  const { overview: o, orgId } = props;
  const title = t('assessment.overview.title');
  return (
    <Layout title={titleAfter(t, title, props.startForm, props.editorForm)} noindex>
      <BackLink href={href(`/organisations/${orgId}`)}>{o.org.legalName}</BackLink>
      <p class="caption">{o.org.legalName}</p>
      <h1>{title}</h1>
      <p class="lead">{t('assessment.overview.lead')}</p>
      <p>{t('assessment.overview.noScore')}</p>
      <Draft {...props} />
      <Start {...props} />
      <Runs {...props} />
      {o.people ? <Editors {...props} /> : null}
      {o.people && o.publicLine !== null ? <PublicLineForm orgId={orgId} shown={o.publicLine} /> : null}
    </Layout>
  );
}

function Draft({ overview: o, orgId }: { overview: Overview; orgId: string }) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (!o.draft) return null;
  const { run, answered, inScope, continueAt } = o.draft;
  return (
    <section class="stack">
      <h2>{t('assessment.overview.draft.title')}</h2>
      <p>{t('assessment.overview.draft.started', { date: fmt.date(run.started_at) })}</p>
      <p>{t('assessment.overview.draft.progress', { answered, inScope })}</p>
      {o.writer ? (
        <ButtonLink
          href={href(continueAt ? answersPath(orgId, run.id, continueAt) : `${runPath(orgId, run.id)}/check`)}
        >
          {t('assessment.overview.draft.continue')}
        </ButtonLink>
      ) : (
        <p>
          <a href={href(`${runPath(orgId, run.id)}/check`)}>{t('assessment.overview.draft.read')}</a>
        </p>
      )}
    </section>
  );
}

function Start({ overview: o, orgId, startForm }: { overview: Overview; orgId: string; startForm: FormState }) {
  const { t } = usePage();
  const href = useHref();
  if (o.draft) return null;
  if (!o.writer)
    return (
      <p>
        {o.org.status === 'signatory' ? t('assessment.overview.readOnly') : t('assessment.overview.signatoriesOnly')}
      </p>
    );
  if (!o.framework) return <Banner title={t('assessment.overview.noFramework')} />;
  return (
    <section class="stack">
      <h2>{t('assessment.overview.start.title')}</h2>
      <p>{t('assessment.overview.start.advice')}</p>
      {o.lastScope.length > 0 ? <p>{t('assessment.overview.start.prefilled')}</p> : null}
      <FormProblems form={startForm} />
      <Form action={href(`${overviewPath(orgId)}/runs`)} class="stack">
        <ScopeFields form={startForm} framework={o.framework} />
        <Button>{t('assessment.overview.start.submit')}</Button>
      </Form>
    </section>
  );
}

function Runs({ overview: o, orgId, paged }: { overview: Overview; orgId: string; paged: boolean }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <section class="stack">
      <h2>{t('assessment.overview.runs.title')}</h2>
      {o.runs.length === 0 ? (
        <p>{t('assessment.overview.runs.none')}</p>
      ) : (
        <ul class="card-list">
          {o.runs.map((run) => (
            <li class="card">
              <a href={href(runPath(orgId, run.id))}>
                {t('assessment.overview.runs.item', { date: fmt.date(run.submitted_at ?? run.started_at) })}
              </a>
              <p>{t('assessment.overview.runs.size', { dimensions: run.dimension_count, cells: run.cell_count })}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        firstHref={paged ? href(overviewPath(orgId)) : null}
        nextHref={o.next ? href(`${overviewPath(orgId)}?after=${o.next}`) : null}
      />
    </section>
  );
}

function Editors({ overview: o, orgId, editorForm }: { overview: Overview; orgId: string; editorForm: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const people = o.people ?? [];
  const admins = people.filter((p) => p.admin);
  const editors = people.filter((p) => !p.admin && p.editor);
  const others = people.filter((p) => !p.admin && !p.editor);
  return (
    <section class="stack">
      <h2>{t('assessment.overview.editors.title')}</h2>
      <p>{t('assessment.overview.editors.lead')}</p>
      <ul>
        {admins.map((p) => (
          <li>{t('assessment.overview.editors.admin', { name: p.name })}</li>
        ))}
        {editors.map((p) => (
          <li>
            <Form action={href(`${overviewPath(orgId)}/editors/${p.userId}/remove`)} class="inline-form">
              {p.name}{' '}
              <button class="link-button" type="submit">
                {t('assessment.overview.editors.remove', { name: p.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <>
          <FormProblems form={editorForm} />
          <Form action={href(`${overviewPath(orgId)}/editors`)} class="stack">
            <Select
              form={editorForm}
              name="userId"
              label={t('assessment.overview.editors.add.label')}
              placeholder={t('assessment.overview.editors.add.placeholder')}
              options={others.map((p) => ({ value: p.userId, label: p.name }))}
            />
            <Button variant="secondary">{t('assessment.overview.editors.add.submit')}</Button>
          </Form>
        </>
      ) : (
        <p>{t('assessment.overview.editors.nobodyElse')}</p>
      )}
    </section>
  );
}
