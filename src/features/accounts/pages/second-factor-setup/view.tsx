import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import type { Enrolment } from '../../service.ts';

/** Scan (or type) the secret into an app, then confirm with the first code it shows. */
export function SecondFactorSetupPage(props: { enrolment: Enrolment; form: FormState; next: string | null }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.secondFactorSetup.title');
  const query = props.next ? `?next=${encodeURIComponent(props.next)}` : '';
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href('/account/second-factor') + query}>{t('accounts.secondFactor.back')}</BackLink>
      <FormProblems form={props.form} />
      <h1>{title}</h1>
      <ol class="steps">
        <li>
          <h2>{t('accounts.secondFactorSetup.app.title')}</h2>
          <p>{t('accounts.secondFactorSetup.app.text')}</p>
        </li>
        <li>
          <h2>{t('accounts.secondFactorSetup.scan.title')}</h2>
          <p>{t('accounts.secondFactorSetup.scan.text')}</p>
          {/* The SVG comes from the qrcode package: paths with fill and stroke, no script, no style. */}
          <div
            class="qr-code"
            role="img"
            aria-label={t('accounts.secondFactorSetup.scan.qrLabel')}
            dangerouslySetInnerHTML={{ __html: props.enrolment.svg }}
          />
          <p>{t('accounts.secondFactorSetup.scan.typeInstead')}</p>
          <p class="secret-key">
            <code>{props.enrolment.grouped}</code>
          </p>
          <p class="hint">{t('accounts.secondFactorSetup.scan.timeBased')}</p>
        </li>
        <li>
          <h2>{t('accounts.secondFactorSetup.confirm.title')}</h2>
          <Form action={href('/account/second-factor/setup') + query}>
            <TextField
              form={props.form}
              name="code"
              label={t('accounts.secondFactor.field.code.label')}
              hint={t('accounts.secondFactorSetup.confirm.hint')}
              autocomplete="one-time-code"
              inputMode="numeric"
              width="short"
              spellcheck={false}
            />
            <Button>{t('accounts.secondFactorSetup.confirm.submit')}</Button>
          </Form>
        </li>
      </ol>
    </Layout>
  );
}
