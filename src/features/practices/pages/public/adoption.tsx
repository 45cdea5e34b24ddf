import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextArea, type FormState } from '../../../../platform/views/form.tsx';
import { NOTE_MAX, type Adopter } from '../../service-public.ts';

// "We adopted this": the count and list of adopters, and for a signed-in member of another
// organisation, a form per organisation to mark it (with a note on how it went) or take it back.

export function Adoptions(props: {
  slug: string;
  ownerOrgId: string;
  count: number;
  adopters: Adopter[];
  adoptedBy: ReadonlySet<string>;
  form?: { orgId: string; state: FormState };
}) {
  const { t, fmt, user, pathInLang, lang } = usePage();
  const href = useHref();
  const base = `/practices/${encodeURIComponent(props.slug)}/adoptions`;
  const others = (user?.memberships ?? []).filter((m) => m.orgId !== props.ownerOrgId);
  return (
    <section class="stack" aria-labelledby="adoptions">
      <h2 id="adoptions">{t('practices.page.adopt.title')}</h2>
      <p>{t('practices.page.adopt.count', { count: props.count })}</p>
      {props.adopters.length > 0 ? (
        <ul class="stack">
          {props.adopters.map((a) => (
            <li>
              <a href={href(`/signatories/${encodeURIComponent(a.slug)}`)}>{a.name}</a>
              {' · '}
              <time dateTime={a.at}>{fmt.date(a.at)}</time>
              {a.note ? <blockquote>{a.note}</blockquote> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!user ? (
        <p>
          <a href={href(`/sign-in?next=${encodeURIComponent(`/${lang}${pathInLang}`)}`)}>
            {t('practices.page.adopt.signIn')}
          </a>
        </p>
      ) : null}
      {others.map((m) => {
        const adopted = props.adoptedBy.has(m.orgId);
        // An adopting organisation can still change its note (the same form), or withdraw.
        const note = props.adopters.find((a) => a.orgId === m.orgId)?.note ?? '';
        const state =
          props.form?.orgId === m.orgId ? props.form.state : { values: { [`note-${m.orgId}`]: note }, errors: {} };
        return (
          <div class="stack">
            {adopted ? <p>{t('practices.page.adopt.done', { org: m.orgName })}</p> : null}
            <Form action={href(`${base}/${m.orgId}`)} class="stack">
              {props.form?.orgId === m.orgId ? <ErrorSummary form={props.form.state} /> : null}
              <TextArea
                form={state}
                name={`note-${m.orgId}`}
                label={t('practices.page.adopt.note', { org: m.orgName })}
                hint={t('practices.page.adopt.noteHint')}
                maxLength={NOTE_MAX}
                required={false}
              />
              <Button>
                {adopted ? t('practices.page.adopt.saveNote') : t('practices.page.adopt.button', { org: m.orgName })}
              </Button>
            </Form>
            {adopted ? (
              <Form action={href(`${base}/${m.orgId}/withdraw`)} class="inline-form">
                <Button variant="secondary">{t('practices.page.adopt.withdraw', { org: m.orgName })}</Button>
              </Form>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
