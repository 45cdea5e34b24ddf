import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Radios, Select, TextArea, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner } from '../../../../platform/views/components.tsx';
import type { Commitment } from '../../../charter/service.ts';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import type { CurrentEvaluation } from '../../service-setup.ts';
import { PROPOSED_MAX, QUOTE_MAX, REASON_MAX } from '../../service-proposals.ts';
import { QUOTE_LANGS } from './schema.ts';

/**
 * A signatory's proposal: the commitment, a passage copied from the Dutch or French text (the
 * authoritative ones), the wording it proposes instead and why. Outside the proposals phase the
 * page says when proposals can be made.
 */
export function NewProposalPage(props: {
  orgId: string;
  orgName: string;
  current: CurrentEvaluation | null;
  commitments: Commitment[];
  form: FormState;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  const title = t('evaluation.proposals.new.title');
  const open = props.current?.phase === 'proposals';
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href('/evaluation/proposals')}>{t('evaluation.proposals.title')}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      {!open ? (
        <Banner
          title={
            props.current && props.current.phase !== 'scheduled' && props.current.phase !== 'consultation'
              ? t('evaluation.proposals.closed')
              : t('evaluation.proposals.notYet', {
                  date: fmt.date(props.current?.evaluation.proposals_opens_on ?? null),
                })
          }
        />
      ) : (
        <>
          <p class="lead">{t('evaluation.proposals.new.lead')}</p>
          <p>
            {t('evaluation.proposals.new.texts')}{' '}
            <a href="/nl/charter" hreflang="nl">
              {t(LANGUAGE_LABEL.nl)}
            </a>{' '}
            ·{' '}
            <a href="/fr/charter" hreflang="fr">
              {t(LANGUAGE_LABEL.fr)}
            </a>
          </p>
          <FormProblems form={props.form} />
          <Form action={href(`/organisations/${props.orgId}/evaluation/proposals/new`)} class="stack">
            <Select
              form={props.form}
              name="commitment"
              label={t('evaluation.proposals.commitment')}
              placeholder={t('evaluation.proposals.new.chooseCommitment')}
              options={props.commitments.map((c) => ({
                value: String(c.number),
                label: t('evaluation.proposals.item', { number: c.number, title: c.shortTitle }),
              }))}
            />
            <Radios
              form={props.form}
              name="lang"
              label={t('evaluation.proposals.new.lang')}
              inline
              options={QUOTE_LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
            />
            <TextArea
              form={props.form}
              name="quoted"
              label={t('evaluation.proposals.quoted')}
              hint={t('evaluation.proposals.new.quotedHint')}
              maxLength={QUOTE_MAX}
              rows={4}
            />
            <TextArea
              form={props.form}
              name="proposed"
              label={t('evaluation.proposals.proposed')}
              hint={t('evaluation.proposals.new.proposedHint')}
              maxLength={PROPOSED_MAX}
              rows={4}
            />
            <TextArea form={props.form} name="reason" label={t('evaluation.proposals.reason')} maxLength={REASON_MAX} />
            <Button>{t('evaluation.proposals.new.submit')}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}
