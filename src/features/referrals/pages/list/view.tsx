import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, ButtonLink, Pagination, SummaryList, Table } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, TextField, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { isLang } from '../../../../platform/i18n/i18n.ts';
import { isRevocable, StateCell } from '../../components.tsx';
import type { Counts, ListPage, Referral } from '../../service-read.ts';

export interface ReferralsPageProps {
  orgId: string;
  orgName: string;
  /** An administrator of a signatory: may create links, send e-mails and stop links. */
  canInvite: boolean;
  year: number;
  counts: Counts;
  page: ListPage;
  paged: boolean;
  /** The link of each invitation, written out in the reader's language, by invitation id. */
  links: Record<string, string>;
  linkForm: FormState;
  /** A refusal of the stop button (the invitation moved on meanwhile). */
  revokeForm?: FormState;
  now: string;
}

/** The organisation's invitations to other organisations: this year's counts, then each invitation and how far it got. */
export function ReferralsPage(props: ReferralsPageProps) {
  const { t } = usePage();
  const href = useHref();
  const base = `/organisations/${props.orgId}/referrals`;
  const title = t('referrals.list.title');
  const c = props.counts;
  return (
    <Layout title={titleAfter(t, `${title} – ${props.orgName}`, props.linkForm, props.revokeForm)} noindex>
      <BackLink href={href(`/organisations/${props.orgId}`)}>{props.orgName}</BackLink>
      <div class="stack">
        <p class="caption">{props.orgName}</p>
        <h1>{title}</h1>
        <FormProblems form={props.linkForm} />
        {props.revokeForm ? <FormProblems form={props.revokeForm} /> : null}
        <p class="lead">{t('referrals.list.lead')}</p>

        <h2>{t('referrals.list.year', { year: props.year })}</h2>
        <SummaryList
          rows={[
            { key: t('referrals.count.sent'), value: c.sent },
            { key: t('referrals.count.opened'), value: c.opened },
            { key: t('referrals.count.applied'), value: c.applied },
            { key: t('referrals.count.signed'), value: c.signed },
            { key: t('referrals.count.broughtIn'), value: c.broughtIn },
          ]}
        />

        {props.canInvite ? <InviteForms base={base} form={props.linkForm} /> : null}

        <h2>{t('referrals.list.sentTitle')}</h2>
        {props.page.items.length === 0 ? (
          <p>{props.paged ? t('referrals.list.pageGone') : t('referrals.list.empty')}</p>
        ) : (
          <Table
            caption={t('referrals.list.caption')}
            captionHidden
            rows={props.page.items}
            columns={[
              { header: t('referrals.column.invitee'), cell: (r) => <Invitee referral={r} /> },
              { header: t('referrals.column.how'), cell: (r) => <How referral={r} link={props.links[r.id]!} /> },
              { header: t('referrals.column.sent'), cell: (r) => <When iso={r.created_at} /> },
              { header: t('referrals.column.state'), cell: (r) => <StateCell referral={r} at={props.now} /> },
              ...(props.canInvite
                ? [
                    {
                      header: t('referrals.column.action'),
                      cell: (r: Referral) => <Revoke base={base} referral={r} now={props.now} />,
                    },
                  ]
                : []),
            ]}
          />
        )}
        <Pagination
          firstHref={props.paged ? href(base) : null}
          nextHref={props.page.next ? `${href(base)}?after=${props.page.next}` : null}
        />
      </div>
    </Layout>
  );
}

function InviteForms({ base, form }: { base: string; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <h2>{t('referrals.list.inviteTitle')}</h2>
      <p>{t('referrals.list.byEmail')}</p>
      <ButtonLink href={href(`${base}/email`)}>{t('referrals.list.emailButton')}</ButtonLink>
      <p>{t('referrals.list.byLink')}</p>
      <Form action={href(`${base}/link`)}>
        <TextField
          form={form}
          name="inviteeName"
          required={false}
          label={t('referrals.field.linkFor')}
          hint={t('referrals.field.linkFor.hint')}
        />
        <Button variant="secondary">{t('referrals.list.linkButton')}</Button>
      </Form>
    </>
  );
}

function When({ iso }: { iso: string }) {
  const { fmt } = usePage();
  return <time datetime={iso}>{fmt.date(iso)}</time>;
}

function Invitee({ referral: r }: { referral: Referral }) {
  const { t } = usePage();
  return (
    <>
      {r.invitee_name ?? t('referrals.list.noName')}
      {r.recipient_name ? <div class="hint">{r.recipient_name}</div> : null}
    </>
  );
}

function How({ referral: r, link }: { referral: Referral; link: string }) {
  const { t } = usePage();
  if (r.kind === 'email') {
    if (!r.recipient_email) return <>{t('referrals.list.emailForgotten')}</>;
    const lang = isLang(r.recipient_lang) ? t(LANGUAGE_LABEL[r.recipient_lang]) : '';
    return <>{t('referrals.list.emailTo', { email: r.recipient_email ?? '', lang })}</>;
  }
  return (
    <>
      {t('referrals.list.link')}
      <div>
        <code>{link}</code>
      </div>
    </>
  );
}

function Revoke({ base, referral, now }: { base: string; referral: Referral; now: string }) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (!isRevocable(referral, now)) return null;
  return (
    <Form action={href(`${base}/revoke`)}>
      <input type="hidden" name="referral" value={referral.id} />
      <Button variant="secondary">
        {t('referrals.list.revoke')}
        <span class="visually-hidden"> {referral.invitee_name ?? fmt.date(referral.created_at)}</span>
      </Button>
    </Form>
  );
}
