import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import { Button, Checkboxes, Form, FormProblems, TextField, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import type { StatementLink } from '../../service-statement.ts';
import { NAME_MAX } from './schema.ts';

/** The executive's page behind the personal link: the text, then their name and their yes. */
export function SignStatementPage(props: { link: Extract<StatementLink, { kind: 'valid' }>; action: string; form: FormState }) {
  const { t, fmt } = usePage();
  const { link, form } = props;
  const title = t('reports.statement.sign.title', { org: link.orgName, year: link.year });
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <div class="stack">
        <p class="caption">{t('reports.statement.sign.caption')}</p>
        <h1>{title}</h1>
        <FormProblems form={form} />
        <p class="lead">{t('reports.statement.sign.lead', { name: link.executiveName, org: link.orgName })}</p>
        <p>{t('reports.statement.sign.expires', { date: fmt.date(link.expiresAt) })}</p>
        <blockquote>
          <p>{link.text}</p>
        </blockquote>
        <p class="hint">
          {t('reports.statement.fingerprint')} <code class="hash">{link.sha256}</code>
        </p>
        <Form action={props.action} class="stack">
          <input type="hidden" name="textHash" value={link.sha256} />
          <TextField form={form} name="signedName" label={t('reports.statement.sign.name')} hint={t('reports.statement.sign.nameHint')} autocomplete="name" maxLength={NAME_MAX} />
          <Checkboxes
            form={form}
            name="commit"
            label={t('reports.statement.sign.commitLegend')}
            options={[{ value: 'yes', label: t('reports.statement.sign.commitLabel', { org: link.orgName, year: link.year }) }]}
          />
          <Button>{t('reports.statement.sign.submit')}</Button>
        </Form>
      </div>
    </Layout>
  );
}

const PROBLEM = {
  unknown: ['reports.statement.link.unknownTitle', 'reports.statement.link.unknownBody'],
  expired: ['reports.statement.link.expiredTitle', 'reports.statement.link.expiredBody'],
} as const;

/** An unknown, expired or replaced link: say so plainly, and what to do. */
export function StatementLinkProblemPage({ kind }: { kind: keyof typeof PROBLEM }) {
  const { t } = usePage();
  const href = useHref();
  const [title, body] = PROBLEM[kind];
  return (
    <Layout title={t(title)} noindex>
      <div class="stack">
        <h1>{t(title)}</h1>
        <p>{t(body)}</p>
        <p>
          <a href={href('/charter')}>{t('reports.statement.link.charter')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** The link after signing: thanks, and nothing more to do. */
export function StatementSignedPage(props: { orgName: string; year: number }) {
  const { t } = usePage();
  const title = t('reports.statement.done.title');
  return (
    <Layout title={title} noindex>
      <div class="stack">
        <h1>{title}</h1>
        <Banner kind="success" title={t('reports.statement.done.banner', { org: props.orgName, year: props.year })}>
          <p>{t('reports.statement.done.body')}</p>
        </Banner>
      </div>
    </Layout>
  );
}
