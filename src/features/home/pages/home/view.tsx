import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink } from '../../../../platform/views/components.tsx';
import type { Commitment } from '../../../charter/service.ts';
import type { ActionItem } from '../../../actions/service.ts';
import { ProgressBar } from '../../../actions/components.tsx';

// The four causes of exclusion the charter names: our barrier taxonomy.
const CAUSES = [
  { title: 'home.cause.skills.title', text: 'home.cause.skills.text' },
  { title: 'home.cause.access.title', text: 'home.cause.access.text' },
  { title: 'home.cause.stress.title', text: 'home.cause.stress.text' },
  { title: 'home.cause.trust.title', text: 'home.cause.trust.text' },
] as const;

const STEPS = [
  { title: 'home.steps.account.title', text: 'home.steps.account.text' },
  { title: 'home.steps.executive.title', text: 'home.steps.executive.text' },
  { title: 'home.steps.review.title', text: 'home.steps.review.text' },
] as const;

export interface HomePageProps {
  signatories: number;
  /** The commitments of the version in force, in the page's language. */
  commitments: Commitment[];
  /** Joint actions the secretariat features, most recently featured first (three at most). */
  featured: ActionItem[];
}

export function HomePage({ signatories, commitments, featured }: HomePageProps) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <Layout title={t('home.title')}>
      <div class="stack">
        <h1>{t('home.heading')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <div class="button-group">
          <ButtonLink href={href('/sign')}>{t('home.sign')}</ButtonLink>
          <ButtonLink href={href('/charter')} variant="secondary">
            {t('home.readCharter')}
          </ButtonLink>
        </div>
        {signatories === 0 ? (
          // "No organisation has signed yet", not "0 organisations have signed".
          <p class="stat">
            <span class="stat__label">{t('home.stat.label', { count: 0 })}</span>
          </p>
        ) : (
          <p class="stat">
            <span class="stat__number">{fmt.number(signatories)}</span>{' '}
            <span class="stat__label">{t('home.stat.label', { count: signatories })}</span>
          </p>
        )}
        <p>
          <a href={href('/signatories')}>{t('home.stat.link')}</a>
        </p>

        <section aria-labelledby="why">
          <h2 id="why">{t('home.why.title')}</h2>
          <p>{t('home.why.figure')}</p>
          <p>
            {t('home.why.source')} <cite>{t('home.why.sourceTitle')}</cite>
          </p>
          <p>{t('home.why.causes')}</p>
          <ul class="grid grid--2">
            {CAUSES.map((c) => (
              <li class="card">
                <h3>{t(c.title)}</h3>
                <p>{t(c.text)}</p>
              </li>
            ))}
          </ul>
        </section>

        {featured.length > 0 ? <FeaturedActions actions={featured} /> : null}

        {commitments.length > 0 ? (
          <section aria-labelledby="commitments">
            <h2 id="commitments">{t('home.commitments.title')}</h2>
            <ol>
              {commitments.map((c) => (
                <li>{c.shortTitle}</li>
              ))}
            </ol>
            <p>
              <a href={href('/charter')}>{t('home.commitments.link')}</a>
            </p>
          </section>
        ) : null}

        <section aria-labelledby="how">
          <h2 id="how">{t('home.steps.title')}</h2>
          <ol class="steps" role="list">
            {STEPS.map((s) => (
              <li>
                <h3>{t(s.title)}</h3>
                <p>{t(s.text)}</p>
              </li>
            ))}
          </ol>
          <p>
            <ButtonLink href={href('/sign')}>{t('home.sign')}</ButtonLink>
          </p>
        </section>

        <section aria-labelledby="help">
          <h2 id="help">{t('home.help.title')}</h2>
          <p>{t('home.help.text')}</p>
          <p>
            <a href={href('/contact#help')}>{t('home.help.link')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

/** The joint actions the secretariat features: title, lead and progress, and the way to all of them. */
function FeaturedActions({ actions }: { actions: ActionItem[] }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <section aria-labelledby="featured-actions">
      <h2 id="featured-actions">{t('home.actions.title')}</h2>
      <ul class="card-list">
        {actions.map((a) => (
          <li class="card stack">
            <h3>
              <a href={href(`/actions/${encodeURIComponent(a.slug)}`)} lang={a.lang}>
                {a.title}
              </a>
            </h3>
            {a.lead ? <p>{t('home.actions.ledBy', { org: a.lead.name })}</p> : null}
            <ProgressBar progress={a.progress} id={`featured-progress-${a.id}`} />
          </li>
        ))}
      </ul>
      <p>
        <a href={href('/actions')}>{t('home.actions.link')}</a>
      </p>
    </section>
  );
}
