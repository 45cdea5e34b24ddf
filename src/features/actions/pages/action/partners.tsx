import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, TextField, type FormState } from '../../../../platform/views/form.tsx';
import type { ActionView } from '../../service-public.ts';
import { PARTNER_LABEL } from '../../vocabulary.ts';

/**
 * The partners and open requests. The lead invites a signatory and answers requests; a
 * signatory's member asks to join, or answers the lead's invitation.
 */
export function Partners(props: { view: ActionView; invite: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const { action, partners, actingOrg, readerOrgs } = props.view;
  const self = href(`/actions/${encodeURIComponent(action.slug)}`);
  const isLead = actingOrg === action.lead_org_id;
  const rowOf = (orgId: string) => partners.find((p) => p.orgId === orgId);
  const open = action.status !== 'done' && action.status !== 'stopped';
  const Decide = ({ orgId, name }: { orgId: string; name: string }) => (
    <Form action={`${self}/partners/${orgId}/decide`} class="inline-form">
      <Button name="decision" value="accept">
        {t('actions.partner.accept', { org: name })}
      </Button>{' '}
      <Button name="decision" value="decline" variant="secondary">
        {t('actions.partner.decline', { org: name })}
      </Button>
    </Form>
  );
  return (
    <section class="stack" aria-labelledby="partners-heading">
      <h2 id="partners-heading">{t('actions.partner.title')}</h2>
      {partners.length === 0 ? (
        <p>{t('actions.partner.none')}</p>
      ) : (
        <ul>
          {partners.map((p) => (
            <li>
              <a href={href(`/signatories/${p.slug}`)}>{p.name}</a>
              {p.state !== 'partner' ? ` (${t(PARTNER_LABEL[p.state])})` : null}
              {isLead && p.state === 'asked' ? <Decide orgId={p.orgId} name={p.name} /> : null}
            </li>
          ))}
        </ul>
      )}
      {readerOrgs
        .filter((o) => o.orgId !== action.lead_org_id)
        .map((o) => {
          const row = rowOf(o.orgId);
          if (row?.state === 'invited')
            return (
              <div class="stack">
                <p>{t('actions.partner.invitedYou', { org: o.orgName })}</p>
                <Decide orgId={o.orgId} name={o.orgName} />
              </div>
            );
          if (row || !open) return null;
          return (
            <Form action={`${self}/partners/${o.orgId}/ask`} class="inline-form">
              <Button variant="secondary">{t('actions.partner.ask', { org: o.orgName })}</Button>
            </Form>
          );
        })}
      {isLead ? (
        <Form action={`${self}/partners`} class="stack">
          <TextField
            form={props.invite}
            name="signatory"
            label={t('actions.partner.invite.label')}
            hint={t('actions.partner.invite.hint')}
          />
          <Button variant="secondary">{t('actions.partner.invite.submit')}</Button>
        </Form>
      ) : null}
    </section>
  );
}
