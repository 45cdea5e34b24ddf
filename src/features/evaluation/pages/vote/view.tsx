import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, Radios, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { voteField, type SheetProposal, type VoteSheet } from '../../service-vote.ts';
import { Difference } from '../../components.tsx';

export const CHOICE_LABEL = {
  yes: 'evaluation.vote.choice.yes',
  no: 'evaluation.vote.choice.no',
  abstain: 'evaluation.vote.choice.abstain',
} as const;

/**
 * The organisation's vote: every open proposal with its change, and yes, no or abstain for
 * each. Members read it; administrators of a signatory vote while the vote is open.
 */
export function VotePage(props: { orgId: string; orgName: string; sheet: VoteSheet; admin: boolean; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { sheet } = props;
  const open = sheet.phase === 'vote';
  const mayVote = open && props.admin && sheet.signatory;
  const title = t('evaluation.vote.title');
  const proposals = sheet.groups.flatMap((g) => g.proposals);
  const body = sheet.groups.map((g) => (
    <section class="stack">
      <h2>{g.title ?? t('evaluation.vote.ungrouped')}</h2>
      {g.proposals.map((p) => (
        <Proposal item={p} form={props.form} mayVote={mayVote} />
      ))}
    </section>
  ));
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href(`/organisations/${props.orgId}`)}>{props.orgName}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      <p class="lead">{t('evaluation.vote.lead')}</p>
      {open ? (
        <p>{t('evaluation.vote.until', { date: fmt.date(sheet.evaluation.result_on) })}</p>
      ) : (
        <Banner
          title={
            sheet.phase === 'result'
              ? t('evaluation.vote.closed')
              : t('evaluation.vote.notYet', { date: fmt.date(sheet.evaluation.vote_opens_on) })
          }
        >
          {sheet.phase === 'result' ? (
            <p>
              <a href={href('/evaluation/result')}>{t('evaluation.vote.seeResult')}</a>
            </p>
          ) : null}
        </Banner>
      )}
      {!sheet.signatory ? <Banner kind="warning" title={t('evaluation.vote.notSignatory')} /> : null}
      {open && sheet.signatory && !props.admin ? <Banner title={t('evaluation.vote.adminsOnly')} /> : null}
      <FormProblems form={props.form} />
      {proposals.length === 0 ? <p>{t('evaluation.vote.none')}</p> : null}
      {mayVote && proposals.length > 0 ? (
        <Form action={href(`/organisations/${props.orgId}/evaluation/vote`)} class="stack">
          {body}
          <Button>{t('evaluation.vote.submit')}</Button>
        </Form>
      ) : (
        body
      )}
    </Layout>
  );
}

function Proposal({ item, form, mayVote }: { item: SheetProposal; form: FormState; mayVote: boolean }) {
  const { t, fmt } = usePage();
  const { proposal: p, vote } = item;
  const name = voteField(p.id);
  const values = form.values[name] !== undefined || !vote ? form.values : { ...form.values, [name]: vote.choice };
  return (
    <article class="card stack">
      <h3>{t('evaluation.vote.commitment', { number: p.commitment })}</h3>
      <Difference before={p.quoted} after={p.proposed} lang={p.lang} />
      <p>
        <strong>{t('evaluation.vote.reason')}</strong> <span lang={p.lang}>{p.reason}</span>
      </p>
      <p>
        {vote
          ? t('evaluation.vote.cast', {
              choice: t(CHOICE_LABEL[vote.choice]),
              name: vote.byName,
              date: fmt.dateTime(vote.at),
            })
          : t('evaluation.vote.notCast')}
      </p>
      {mayVote ? (
        <Radios
          form={{ values, errors: form.errors }}
          name={name}
          inline
          label={t('evaluation.vote.legend', { number: p.commitment })}
          options={(['yes', 'no', 'abstain'] as const).map((c) => ({ value: c, label: t(CHOICE_LABEL[c]) }))}
        />
      ) : null}
    </article>
  );
}

/** No evaluation has been opened yet: nothing to vote on. */
export function NoEvaluationPage(props: { orgId: string; orgName: string }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('evaluation.vote.title');
  return (
    <Layout title={title} noindex>
      <BackLink href={href(`/organisations/${props.orgId}`)}>{props.orgName}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      <p class="lead">{t('evaluation.vote.noEvaluation')}</p>
    </Layout>
  );
}
