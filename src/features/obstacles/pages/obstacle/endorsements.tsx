import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextArea } from '../../../../platform/views/form.tsx';
import { ENDORSEMENT_EVIDENCE_MAX } from '../../service-report.ts';
import type { ObstaclePageProps } from './props.ts';

// "We see this too": the kept count and the endorsing organisations with their evidence, and for
// a signed-in member of another organisation, a form per organisation to endorse it (with
// optional evidence), change that evidence, or take the endorsement back.

export function Endorsements(props: ObstaclePageProps) {
  const { t, fmt, user, pathInLang, lang } = usePage();
  const href = useHref();
  const o = props.obstacle;
  const base = `/obstacles/${encodeURIComponent(o.slug)}/endorsements`;
  const others = (user?.memberships ?? []).filter((m) => m.orgId !== o.org_id);
  const open = o.status === 'open' && o.listed === 1;
  return (
    <section class="stack" aria-labelledby="endorsements">
      <h2 id="endorsements">{t('obstacles.endorse.title')}</h2>
      <p>{t('obstacles.endorse.count', { count: Number(o.endorsement_count) })}</p>
      {/* A refusal for an organisation that has no form here (its own obstacle). */}
      {props.form && !others.some((m) => m.orgId === props.form!.orgId) ? (
        <FormProblems form={props.form.state} />
      ) : null}
      {props.endorsers.length > 0 ? (
        <ul class="stack">
          {props.endorsers.map((e) => (
            <li>
              <a href={href(`/signatories/${encodeURIComponent(e.slug)}`)}>{e.name}</a>
              {' · '}
              <time dateTime={e.at}>{fmt.date(e.at)}</time>
              {e.evidence ? <blockquote>{e.evidence}</blockquote> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!user && open ? (
        <p>
          <a href={href(`/sign-in?next=${encodeURIComponent(`/${lang}${pathInLang}`)}`)}>
            {t('obstacles.endorse.signIn')}
          </a>
        </p>
      ) : null}
      {others.map((m) => {
        const endorsed = props.endorsedBy.has(m.orgId);
        const name = `evidence-${m.orgId}`;
        const evidence = props.endorsers.find((e) => e.orgId === m.orgId)?.evidence ?? '';
        const state = props.form?.orgId === m.orgId ? props.form.state : { values: { [name]: evidence }, errors: {} };
        return (
          <div class="stack">
            {endorsed ? <p>{t('obstacles.endorse.done', { org: m.orgName })}</p> : null}
            {open ? (
              <Form action={href(`${base}/${m.orgId}`)} class="stack">
                {props.form?.orgId === m.orgId ? <FormProblems form={props.form.state} /> : null}
                <TextArea
                  form={state}
                  name={name}
                  label={t('obstacles.endorse.evidence', { org: m.orgName })}
                  hint={t('obstacles.endorse.evidenceHint')}
                  maxLength={ENDORSEMENT_EVIDENCE_MAX}
                  required={false}
                />
                <Button>
                  {endorsed ? t('obstacles.endorse.save') : t('obstacles.endorse.button', { org: m.orgName })}
                </Button>
              </Form>
            ) : null}
            {endorsed ? (
              <Form action={href(`${base}/${m.orgId}/withdraw`)} class="inline-form">
                <Button variant="secondary">{t('obstacles.endorse.withdraw', { org: m.orgName })}</Button>
              </Form>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
