import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Select, TextArea, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, MultiLine, Pagination, Tag } from '../../../../platform/views/components.tsx';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { Difference } from '../../components.tsx';
import { COMMENT_MAX, type ProposalPage } from '../../service-proposals.ts';

/**
 * A proposal: the change word by word, the passage and the new wording in full, the reason, its
 * supports and its comments. Members of signatories support and comment during the proposals
 * phase, for the organisation they choose; the author's organisation may withdraw it.
 */
export function ProposalView(props: { page: ProposalPage; commentForm: FormState; paged: boolean }) {
  const { t, fmt, user, lang, pathInLang } = usePage();
  const href = useHref();
  const { proposal: p, current, actingFor } = props.page;
  const n = Number(p.commitment);
  const open = current.phase === 'proposals' && p.status === 'open';
  const title = t('evaluation.proposals.proposal.title', { org: p.orgName });
  const base = `/evaluation/proposals/${p.id}`;
  return (
    <Layout title={titleAfter(t, title, props.commentForm)}>
      <BackLink href={href('/evaluation/proposals')}>{t('evaluation.proposals.title')}</BackLink>
      <p class="caption">{t('evaluation.proposals.item', { number: n, title: props.page.commitmentTitle })}</p>
      <h1>{title}</h1>
      {p.status === 'withdrawn' ? <Tag tone="grey">{t('evaluation.proposals.withdrawn')}</Tag> : null}
      {props.page.group ? <p>{t('evaluation.proposals.inGroup', { group: props.page.group.title })}</p> : null}
      <section class="stack" aria-labelledby="change">
        <h2 id="change">{t('evaluation.proposals.change')}</h2>
        <p>{t('evaluation.proposals.language', { language: t(LANGUAGE_LABEL[p.lang as 'nl']) })}</p>
        <Difference before={p.quoted} after={p.proposed} lang={p.lang} />
        <h3>{t('evaluation.proposals.quoted')}</h3>
        <blockquote lang={p.lang}>{p.quoted}</blockquote>
        <h3>{t('evaluation.proposals.proposed')}</h3>
        <blockquote lang={p.lang}>{p.proposed}</blockquote>
        <h3>{t('evaluation.proposals.reason')}</h3>
        <MultiLine text={p.reason} />
        <p>
          {t('evaluation.proposals.submitted', { date: fmt.date(p.created_at) })}{' '}
          <a href={href(`/signatories/${encodeURIComponent(p.orgSlug)}`)}>{p.orgName}</a>
        </p>
      </section>
      <section class="stack" aria-labelledby="supports">
        <h2 id="supports">{t('evaluation.proposals.supports', { count: Number(p.support_count) })}</h2>
        {open
          ? actingFor.map((m) => {
              const supported = props.page.supportedBy.has(m.orgId);
              return (
                <Form action={href(`${base}/support`)} class="inline-form">
                  <input type="hidden" name="org" value={m.orgId} />
                  <input type="hidden" name="support" value={supported ? 'no' : 'yes'} />
                  <Button variant={supported ? 'secondary' : 'primary'}>
                    {supported
                      ? t('evaluation.proposals.unsupport', { org: m.orgName })
                      : t('evaluation.proposals.support', { org: m.orgName })}
                  </Button>
                </Form>
              );
            })
          : null}
        {open && actingFor.some((m) => m.orgId === p.org_id) ? (
          <Form action={href(`${base}/withdraw`)} class="inline-form">
            <input type="hidden" name="org" value={p.org_id} />
            <Button variant="warning">{t('evaluation.proposals.withdraw')}</Button>
          </Form>
        ) : null}
      </section>
      <section class="stack" aria-labelledby="comments">
        <h2 id="comments">{t('evaluation.proposals.comments', { count: Number(p.comment_count) })}</h2>
        <ul class="stack">
          {props.page.comments.map((c) => (
            <li>
              <p>
                <strong>{c.orgName}</strong> · <time dateTime={c.created_at}>{fmt.dateTime(c.created_at)}</time>
              </p>
              <MultiLine text={c.body} />
            </li>
          ))}
        </ul>
        <Pagination
          firstHref={props.paged ? href(base) : null}
          nextHref={props.page.next ? href(`${base}?after=${props.page.next}`) : null}
        />
        {open && actingFor.length > 0 ? (
          <Form action={href(`${base}/comments`)} class="stack">
            <FormProblems form={props.commentForm} />
            {actingFor.length > 1 ? (
              <Select
                form={props.commentForm}
                name="org"
                label={t('evaluation.proposals.commentFor')}
                options={actingFor.map((m) => ({ value: m.orgId, label: m.orgName }))}
              />
            ) : (
              <input type="hidden" name="org" value={actingFor[0]!.orgId} />
            )}
            <TextArea
              form={props.commentForm}
              name="body"
              label={t('evaluation.proposals.comment')}
              maxLength={COMMENT_MAX}
              rows={4}
            />
            <Button>{t('evaluation.proposals.commentSubmit')}</Button>
          </Form>
        ) : open && !user ? (
          <p>
            <a href={href(`/sign-in?next=${encodeURIComponent(`/${lang}${pathInLang}`)}`)}>
              {t('evaluation.proposals.signIn')}
            </a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
