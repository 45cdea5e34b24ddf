import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { REGION_LABEL, SECTOR_LABEL } from '../../../organisations/vocabulary.ts';
import {
  BackLink,
  Banner,
  ButtonLink,
  Pagination,
  SummaryList,
  Table,
  Tag,
} from '../../../../platform/views/components.tsx';
import { Button, type FormState } from '../../../../platform/views/form.tsx';
import { ErrorsForm, FieldsForm, FiltersPanel, GALLERY_PATH } from './forms.tsx';

/**
 * Every component of the design system in every state, on one page, so that the browser test
 * can check all of them with axe, in every language and colour scheme. Stores nothing.
 */
export function GalleryPage(props: { fields: FormState; errors: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t('gallery.title')} noindex>
      <span class="caption">{t('gallery.caption')}</span>
      <h1>{t('gallery.title')}</h1>
      <p class="lead">{t('gallery.lead')}</p>
      <TextAndLayout />
      <FieldsForm form={props.fields} />
      <ErrorsForm form={props.errors} />
      <FiltersPanel />
      <Buttons />
      <Messages />
      <Data />
      <Navigation />
    </Layout>
  );
}

function TextAndLayout() {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <section aria-labelledby="gallery-text">
      <h2 id="gallery-text">{t('gallery.text.title')}</h2>
      <div class="prose">
        <p>
          {t('gallery.text.paragraph')} <a href={href('/charter')}>{t('gallery.text.link')}</a>
        </p>
        <ul>
          <li>{t('gallery.text.item1')}</li>
          <li>{t('gallery.text.item2')}</li>
          <li>{t('gallery.text.item3')}</li>
        </ul>
        <details class="details">
          <summary>{t('gallery.details.summary')}</summary>
          <p>{t('gallery.details.body')}</p>
        </details>
      </div>
      <h3>{t('gallery.steps.title')}</h3>
      <ol class="steps" role="list">
        <li>{t('gallery.steps.one')}</li>
        <li>{t('gallery.steps.two')}</li>
        <li>{t('gallery.steps.three')}</li>
      </ol>
      <h3>{t('gallery.stats.title')}</h3>
      <div class="grid grid--3">
        <p class="stat">
          <span class="stat__number">{fmt.number(1284)}</span>
          <span class="stat__label">{t('gallery.stats.signatories')}</span>
        </p>
        <p class="stat">
          <span class="stat__number">{fmt.number(356)}</span>
          <span class="stat__label">{t('gallery.stats.practices')}</span>
        </p>
        <p class="stat">
          <span class="stat__number">{fmt.number(98.5)} %</span>
          <span class="stat__label">{t('gallery.stats.reported')}</span>
        </p>
      </div>
      <h3>{t('gallery.cards.title')}</h3>
      <ul class="card-list">
        <li class="card">
          <h4>
            <a href={href('/signatories')}>{t('gallery.cards.one.title')}</a>
          </h4>
          <p>{t('gallery.cards.one.body')}</p>
          <Tag tone="green">{t('gallery.tags.green')}</Tag>
        </li>
        <li class="card">
          <h4>
            <a href={href('/charter')}>{t('gallery.cards.two.title')}</a>
          </h4>
          <p>{t('gallery.cards.two.body')}</p>
        </li>
        <li class="card">
          <h4>
            <a href={href('/sign')}>{t('gallery.cards.three.title')}</a>
          </h4>
          <p>{t('gallery.cards.three.body')}</p>
        </li>
      </ul>
    </section>
  );
}

function Buttons() {
  const { t, lang } = usePage();
  const href = useHref();
  const embed = `<a href="https://inclusio.be/${lang}/signatories/example"><img src="https://inclusio.be/badge.svg" alt="${t('gallery.copy.alt')}" width="160" height="64"></a>`;
  return (
    <section aria-labelledby="gallery-buttons">
      <h2 id="gallery-buttons">{t('gallery.buttons.title')}</h2>
      <div class="button-group">
        <Button type="button">{t('gallery.buttons.primary')}</Button>
        <Button type="button" variant="secondary">
          {t('gallery.buttons.secondary')}
        </Button>
        <Button type="button" variant="warning">
          {t('gallery.buttons.warning')}
        </Button>
      </div>
      <div class="button-group">
        <ButtonLink href={href('/sign')}>{t('gallery.buttons.start')}</ButtonLink>
        <ButtonLink href={href('/charter')} variant="secondary">
          {t('gallery.buttons.read')}
        </ButtonLink>
        <a href={href(GALLERY_PATH)}>{t('gallery.fields.cancel')}</a>
      </div>
      <p>
        <button class="link-button" type="button">
          {t('gallery.buttons.linkButton')}
        </button>
      </p>
      <h3>{t('gallery.copy.title')}</h3>
      <p id="gallery-embed-hint">{t('gallery.copy.intro')}</p>
      <pre id="gallery-embed" aria-describedby="gallery-embed-hint">
        <code>{embed}</code>
      </pre>
      <button
        class="button button--secondary"
        type="button"
        hidden
        data-copy="gallery-embed"
        data-copied={t('gallery.copy.done')}
        data-copy-failed={t('gallery.copy.failed')}
      >
        {t('gallery.copy.button')}
      </button>
    </section>
  );
}

function Messages() {
  const { t } = usePage();
  return (
    <section aria-labelledby="gallery-messages">
      <h2 id="gallery-messages">{t('gallery.banners.title')}</h2>
      <Banner title={t('gallery.banners.info.title')}>
        <p>{t('gallery.banners.info.body')}</p>
      </Banner>
      <Banner kind="success" title={t('gallery.banners.success.title')} />
      <Banner kind="warning" title={t('gallery.banners.warning.title')}>
        <p>{t('gallery.banners.warning.body')}</p>
      </Banner>
      <h3>{t('gallery.tags.title')}</h3>
      <ul class="button-group" aria-label={t('gallery.tags.title')}>
        <li>
          <Tag tone="grey">{t('gallery.tags.grey')}</Tag>
        </li>
        <li>
          <Tag tone="green">{t('gallery.tags.green')}</Tag>
        </li>
        <li>
          <Tag>{t('gallery.tags.blue')}</Tag>
        </li>
        <li>
          <Tag tone="red">{t('gallery.tags.red')}</Tag>
        </li>
        <li>
          <Tag tone="yellow">{t('gallery.tags.yellow')}</Tag>
        </li>
      </ul>
    </section>
  );
}

interface RegionRow {
  region: string;
  public: number;
  private: number;
  nonprofit: number;
  last: string;
}

function Data() {
  const { t, fmt } = usePage();
  const href = useHref();
  const change = t('gallery.summary.change');
  const rows: RegionRow[] = [
    { region: t(REGION_LABEL.brussels), public: 38, private: 112, nonprofit: 164, last: '2026-03-02T10:00:00Z' },
    { region: t(REGION_LABEL.flanders), public: 95, private: 341, nonprofit: 287, last: '2026-03-05T10:00:00Z' },
    { region: t(REGION_LABEL.wallonia), public: 71, private: 126, nonprofit: 198, last: '2026-02-26T10:00:00Z' },
    { region: t(REGION_LABEL.german_community), public: 6, private: 9, nonprofit: 14, last: '2026-01-19T10:00:00Z' },
  ];
  return (
    <section aria-labelledby="gallery-data">
      <h2 id="gallery-data">{t('gallery.summary.title')}</h2>
      <SummaryList
        rows={[
          {
            key: t('gallery.summary.organisation'),
            value: 'Digitaal Samen vzw',
            action: { href: href(GALLERY_PATH), label: change, hidden: t('gallery.summary.organisation') },
          },
          {
            key: t('gallery.summary.number'),
            value: '0123.456.749',
            action: { href: href(GALLERY_PATH), label: change, hidden: t('gallery.summary.number') },
          },
          { key: t('gallery.errors.email.label'), value: 'info@digitaalsamen.example.be' },
          {
            key: t('gallery.fields.region.label'),
            value: t(REGION_LABEL.brussels),
            action: { href: href(GALLERY_PATH), label: change, hidden: t('gallery.fields.region.label') },
          },
        ]}
      />
      <h2>{t('gallery.table.title')}</h2>
      <Table<RegionRow>
        caption={t('gallery.table.caption')}
        rows={rows}
        columns={[
          { header: t('gallery.fields.region.label'), cell: (r) => r.region },
          { header: t(SECTOR_LABEL.public), cell: (r) => fmt.number(r.public), numeric: true },
          { header: t(SECTOR_LABEL.private), cell: (r) => fmt.number(r.private), numeric: true },
          { header: t(SECTOR_LABEL.nonprofit), cell: (r) => fmt.number(r.nonprofit), numeric: true },
          {
            header: t('gallery.table.total'),
            cell: (r) => fmt.number(r.public + r.private + r.nonprofit),
            numeric: true,
          },
          {
            header: t('gallery.table.last'),
            cell: (r) => <time datetime={r.last.slice(0, 10)}>{fmt.date(r.last)}</time>,
          },
        ]}
      />
    </section>
  );
}

function Navigation() {
  const { t } = usePage();
  const href = useHref();
  return (
    <section aria-labelledby="gallery-navigation">
      <h2 id="gallery-navigation">{t('gallery.navigation.title')}</h2>
      <BackLink href={href('/secretariat')}>{t('gallery.navigation.back')}</BackLink>
      <Pagination firstHref={href(GALLERY_PATH)} nextHref={href(`${GALLERY_PATH}?page=2`)} />
    </section>
  );
}
