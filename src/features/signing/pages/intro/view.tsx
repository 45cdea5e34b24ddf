import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, ButtonLink, Table } from '../../../../platform/views/components.tsx';
import { StatusTag } from '../../components.tsx';
import type { MyApplication } from '../../service.ts';

const APPLY_PATH = '/sign/apply';

function Steps() {
  const { t } = usePage();
  return (
    <ol class="steps" role="list">
      <li>
        <h3>{t('signing.intro.step1.title')}</h3>
        <p>{t('signing.intro.step1.body')}</p>
      </li>
      <li>
        <h3>{t('signing.intro.step2.title')}</h3>
        <p>{t('signing.intro.step2.body')}</p>
      </li>
      <li>
        <h3>{t('signing.intro.step3.title')}</h3>
        <p>{t('signing.intro.step3.body')}</p>
      </li>
      <li>
        <h3>{t('signing.intro.step4.title')}</h3>
        <p>{t('signing.intro.step4.body')}</p>
      </li>
    </ol>
  );
}

function Start({ signedIn, verified }: { signedIn: boolean; verified: boolean }) {
  const { t, lang } = usePage();
  const href = useHref();
  if (!signedIn) {
    const next = encodeURIComponent(`/${lang}${APPLY_PATH}`);
    return (
      <div class="stack">
        <p>{t('signing.intro.account')}</p>
        <div class="button-group">
          <ButtonLink href={href(`/sign-up?next=${next}`)}>{t('signing.intro.createAccount')}</ButtonLink>
          <ButtonLink href={href(`/sign-in?next=${next}`)} variant="secondary">
            {t('signing.intro.signIn')}
          </ButtonLink>
        </div>
      </div>
    );
  }
  return (
    <div class="stack">
      {verified ? null : (
        <Banner kind="warning" title={t('signing.apply.notVerified.title')}>
          <p>
            {t('signing.apply.notVerified.body')} <a href={href('/account')}>{t('signing.apply.notVerified.link')}</a>
          </p>
        </Banner>
      )}
      <div class="button-group">
        <ButtonLink href={href(APPLY_PATH)}>{t('signing.intro.start')}</ButtonLink>
      </div>
    </div>
  );
}

function MyApplications({ items }: { items: MyApplication[] }) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (items.length === 0) return null;
  return (
    <section class="stack">
      <h2>{t('signing.intro.mine')}</h2>
      <Table
        caption={t('signing.intro.mine')}
        captionHidden
        rows={items}
        columns={[
          {
            header: t('signing.queue.organisation'),
            cell: (a) => <a href={href(`/sign/applications/${a.id}`)}>{a.orgName}</a>,
          },
          { header: t('signing.queue.status'), cell: (a) => <StatusTag status={a.status} /> },
          {
            header: t('signing.queue.submitted'),
            cell: (a) => <time dateTime={a.submittedAt}>{fmt.date(a.submittedAt)}</time>,
          },
        ]}
      />
    </section>
  );
}

/** The paper route: the printable form in the page's language, with its size. */
function OnPaper({ size }: { size: number | null }) {
  const { t, fmt, lang } = usePage();
  const href = useHref();
  return (
    <>
      <h2>{t('signing.intro.paper.title')}</h2>
      <p>{t('signing.intro.paper.body')}</p>
      <p>
        <a href={href('/sign/paper-form.pdf')} type="application/pdf" hreflang={lang}>
          {size === null
            ? t('signing.intro.paper.linkNoSize')
            : t('signing.intro.paper.link', { size: fmt.number(Math.max(1, Math.round(size / 1024))) })}
        </a>
      </p>
    </>
  );
}

export function SignIntroPage(props: {
  signedIn: boolean;
  verified: boolean;
  applications: MyApplication[];
  /** The size in bytes of the paper form in this language; null when it cannot be made. */
  paperFormSize: number | null;
}) {
  const { t } = usePage();
  const href = useHref();
  return (
    <Layout title={t('signing.intro.title')}>
      <div class="stack">
        <h1>{t('signing.intro.title')}</h1>
        <p class="lead">{t('signing.intro.lead')}</p>
        <h2>{t('signing.intro.meaning.title')}</h2>
        <p>{t('signing.intro.meaning.body')}</p>
        <p>{t('signing.intro.meaning.top')}</p>
        <p>
          <a href={href('/charter')}>{t('signing.intro.readCharter')}</a>
        </p>
        <h2>{t('signing.intro.steps')}</h2>
        <Steps />
        <h2>{t('signing.intro.need.title')}</h2>
        <ul>
          <li>{t('signing.intro.need.number')}</li>
          <li>{t('signing.intro.need.executive')}</li>
          <li>{t('signing.intro.need.description')}</li>
          <li>{t('signing.intro.need.logo')}</li>
        </ul>
        <p>{t('signing.intro.need.time')}</p>
        <MyApplications items={props.applications} />
        <h2>{t('signing.intro.begin')}</h2>
        <Start signedIn={props.signedIn} verified={props.verified} />
        <OnPaper size={props.paperFormSize} />
      </div>
    </Layout>
  );
}
