import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, FilterForm, Select, emptyForm } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, ButtonLink, Pagination } from '../../../../platform/views/components.tsx';
import type { GroupRow, ProposalLine, ProposalList } from '../../service-proposals.ts';
import { COMMITMENT_NUMBERS } from '../../components.tsx';

/** One proposal in a list: its commitment, the passage it changes, who proposed it, its counts. */
export function ProposalCard({ line, titles }: { line: ProposalLine; titles: Map<number, string> }) {
  const { t } = usePage();
  const href = useHref();
  const n = Number(line.commitment);
  return (
    <li class="card stack">
      <h3>
        <a href={href(`/evaluation/proposals/${line.id}`)}>
          {t('evaluation.proposals.item', { number: n, title: titles.get(n) ?? '' })}
        </a>
      </h3>
      <blockquote lang={line.lang}>{line.quoted}</blockquote>
      <p>
        {t('evaluation.proposals.by', { org: line.orgName })} ·{' '}
        {t('evaluation.proposals.counts', { supports: Number(line.support_count), comments: Number(line.comment_count) })}
      </p>
    </li>
  );
}

/** The page's proposals under their group's title (in the groups' order), those in none last. */
function byGroup(lines: readonly ProposalLine[], groups: readonly GroupRow[]) {
  const sections = groups
    .map((g) => ({ group: g as GroupRow | null, lines: lines.filter((l) => l.group_id === g.id) }))
    .filter((s) => s.lines.length > 0);
  const loose = lines.filter((l) => !l.group_id || !groups.some((g) => g.id === l.group_id));
  return loose.length ? [...sections, { group: null, lines: loose }] : sections;
}

export function ProposalListPage(props: {
  list: ProposalList;
  filter: { commitment: number | null; groupId: string | null };
  paged: boolean;
  proposers: { orgId: string; orgName: string }[];
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { current, groups, lines, commitmentTitles } = props.list;
  const title = t('evaluation.proposals.title');
  const query = [
    props.filter.commitment ? `commitment=${props.filter.commitment}` : '',
    props.filter.groupId ? `group=${props.filter.groupId}` : '',
  ].filter(Boolean);
  const base = href(`/evaluation/proposals${query.length ? `?${query.join('&')}` : ''}`);
  const started = current !== null && ['proposals', 'vote', 'result'].includes(current.phase);
  return (
    <Layout title={title}>
      <BackLink href={href('/evaluation')}>{t('evaluation.overview.title')}</BackLink>
      <h1>{title}</h1>
      {!current ? (
        <p>{t('evaluation.overview.none')}</p>
      ) : !started ? (
        <Banner title={t('evaluation.proposals.notYet', { date: fmt.date(current.evaluation.proposals_opens_on) })} />
      ) : (
        <>
          <p class="lead">{t('evaluation.proposals.lead')}</p>
          {current.phase === 'proposals'
            ? props.proposers.map((m) => (
                <p>
                  <ButtonLink href={href(`/organisations/${m.orgId}/evaluation/proposals/new`)} variant="secondary">
                    {t('evaluation.proposals.make', { org: m.orgName })}
                  </ButtonLink>
                </p>
              ))
            : null}
          <FilterForm action={href('/evaluation/proposals')} label={t('evaluation.proposals.filter')}>
            <Select
              form={emptyForm({ commitment: props.filter.commitment ? String(props.filter.commitment) : '' })}
              name="commitment"
              label={t('evaluation.proposals.commitment')}
              placeholder={t('evaluation.proposals.allCommitments')}
              options={COMMITMENT_NUMBERS.map((n) => ({
                value: String(n),
                label: t('evaluation.proposals.item', { number: n, title: commitmentTitles.get(n) ?? '' }),
              }))}
            />
            {groups.length > 0 ? (
              <Select
                form={emptyForm({ group: props.filter.groupId ?? '' })}
                name="group"
                label={t('evaluation.groups.group')}
                placeholder={t('evaluation.groups.all')}
                options={groups.map((g) => ({ value: g.id, label: g.title }))}
              />
            ) : null}
            <Button variant="secondary">{t('evaluation.proposals.show')}</Button>
          </FilterForm>
          {lines.length === 0 ? <p>{t('evaluation.proposals.none')}</p> : null}
          {byGroup(lines, groups).map((section) => (
            <section class="stack">
              <h2>{section.group ? section.group.title : t('evaluation.groups.none')}</h2>
              <ul class="card-list">
                {section.lines.map((line) => (
                  <ProposalCard line={line} titles={commitmentTitles} />
                ))}
              </ul>
            </section>
          ))}
          <Pagination
            firstHref={props.paged ? base : null}
            nextHref={props.list.next ? `${base}${query.length ? '&' : '?'}after=${props.list.next}` : null}
          />
        </>
      )}
    </Layout>
  );
}
