import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Select, TextField, emptyForm, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, Pagination } from '../../../../platform/views/components.tsx';
import type { ProposalList } from '../../service-proposals.ts';

/**
 * The secretariat's groups of proposals: make a group, then put each proposal in one (or in
 * none). Until the vote opens; afterwards the page only shows them.
 */
export function GroupsPage(props: { list: ProposalList; form: FormState; paged: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const { current, groups, lines, commitmentTitles } = props.list;
  const title = t('evaluation.groups.title');
  const open = current !== null && ['scheduled', 'consultation', 'proposals'].includes(current.phase);
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href('/secretariat/evaluation')}>{t('evaluation.setup.title')}</BackLink>
      <h1>{title}</h1>
      <p class="lead">{t('evaluation.groups.lead')}</p>
      {!current ? <p>{t('evaluation.overview.none')}</p> : null}
      {current && !open ? <Banner title={t('evaluation.groups.closed')} /> : null}
      {open ? (
        <section class="stack" aria-labelledby="new-group">
          <h2 id="new-group">{t('evaluation.groups.new')}</h2>
          <FormProblems form={props.form} />
          <Form action={href('/secretariat/evaluation/groups')} class="stack">
            <TextField form={props.form} name="title" label={t('evaluation.groups.groupTitle')} />
            <Button>{t('evaluation.groups.create')}</Button>
          </Form>
        </section>
      ) : null}
      {groups.length > 0 ? (
        <section class="stack" aria-labelledby="groups">
          <h2 id="groups">{t('evaluation.groups.list')}</h2>
          <ul>
            {groups.map((g) => (
              <li>
                <a href={href(`/evaluation/proposals?group=${g.id}`)}>{g.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {current ? (
        <section class="stack" aria-labelledby="proposals">
          <h2 id="proposals">{t('evaluation.proposals.title')}</h2>
          {lines.length === 0 ? <p>{t('evaluation.proposals.none')}</p> : null}
          <ul class="card-list">
            {lines.map((line) => (
              <li class="card stack">
                <a href={href(`/evaluation/proposals/${line.id}`)}>
                  {t('evaluation.proposals.item', {
                    number: Number(line.commitment),
                    title: commitmentTitles.get(Number(line.commitment)) ?? '',
                  })}
                </a>
                <p>{t('evaluation.proposals.by', { org: line.orgName })}</p>
                {open && groups.length > 0 ? (
                  <Form action={href(`/secretariat/evaluation/proposals/${line.id}/group`)} class="inline-form">
                    <Select
                      form={emptyForm({ [`group-${line.id}`]: line.group_id ?? '' })}
                      name={`group-${line.id}`}
                      label={t('evaluation.groups.group')}
                      placeholder={t('evaluation.groups.none')}
                      options={groups.map((g) => ({ value: g.id, label: g.title }))}
                    />
                    <Button variant="secondary">{t('evaluation.groups.move')}</Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
          <Pagination
            firstHref={props.paged ? href('/secretariat/evaluation/groups') : null}
            nextHref={props.list.next ? href(`/secretariat/evaluation/groups?after=${props.list.next}`) : null}
          />
        </section>
      ) : null}
    </Layout>
  );
}
