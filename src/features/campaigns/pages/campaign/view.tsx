import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, MultiLine, Pagination, SummaryList, Tag } from '../../../../platform/views/components.tsx';
import {
  Button,
  Form,
  FormProblems,
  Radios,
  Select,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { VISIBILITIES, VISIBILITY_LABEL } from '../../../activities/service.ts';
import type { CampaignView, SupporterLine } from '../../service-public.ts';
import { MaterialList, PeriodText } from '../../components.tsx';
import { ICAL_TYPE } from '../../ical.ts';
import { NOTE_MAX } from './schema.ts';
import { CAUSE_LABEL, causesOf, groupsOf, LANGUAGE_LABEL, TARGET_GROUP_LABEL } from '../../vocabulary.ts';

export interface OrgChoice {
  orgId: string;
  orgName: string;
  supporting: boolean;
}

export interface CampaignPageProps {
  view: CampaignView;
  supporters: { items: SupporterLine[]; next: string | null };
  supportersPaged: boolean;
  /** The signatories the reader administers (support), and those they belong to (participation). */
  adminOrgs: OrgChoice[];
  memberOrgs: { orgId: string; orgName: string }[];
  participation: FormState;
}

/**
 * A campaign for everyone: its aim, period and call to action in the reader's language (else in
 * the language it was written in, with its `lang` and a notice), its materials in the reader's
 * language first, its supporters and reach; for an organisation's people, support it and log
 * what they did for it.
 */
export function CampaignPage(props: CampaignPageProps) {
  const { t, fmt, lang, baseUrl } = usePage();
  const href = useHref();
  const { campaign, shown } = props.view;
  const text = shown.text;
  const textLang = shown.fallback ? text.lang : undefined;
  const path = `/campaigns/${campaign.slug}`;
  const feed = `${path}.ics`;
  return (
    <Layout
      title={titleAfter(t, text.title, props.participation)}
      alternates={[
        { type: ICAL_TYPE.split(';')[0]!, title: t('campaigns.feed.one'), href: `${baseUrl}/${lang}${feed}` },
      ]}
    >
      <p class="caption">{t('campaigns.caption')}</p>
      <h1 lang={textLang}>{text.title}</h1>
      {shown.fallback ? (
        <Banner kind="info" title={t('campaigns.notIn', { language: t(LANGUAGE_LABEL[text.lang]) })} />
      ) : null}
      <SummaryList
        rows={[
          {
            key: t('campaigns.table.period'),
            value: <PeriodText startsOn={campaign.starts_on} endsOn={campaign.ends_on} />,
          },
          { key: t('campaigns.table.supporters'), value: fmt.number(Number(campaign.supporter_count)) },
          {
            key: t('campaigns.table.reach'),
            value: t('campaigns.reach.count', {
              count: Number(campaign.reach_public),
              people: fmt.number(Number(campaign.reach_public)),
            }),
          },
          {
            key: t('campaigns.form.causes'),
            value: causesOf(campaign.cause_bits).map((c) => <Tag tone="grey">{t(CAUSE_LABEL[c])}</Tag>),
          },
          {
            key: t('campaigns.form.groups'),
            value: groupsOf(campaign.group_bits).map((g) => <Tag tone="grey">{t(TARGET_GROUP_LABEL[g])}</Tag>),
          },
        ]}
      />
      <section aria-labelledby="aim">
        <h2 id="aim">{t('campaigns.form.aim')}</h2>
        <MultiLine text={text.aim} lang={textLang} class="prose" />
      </section>
      {text.cta_text || campaign.cta_link ? (
        <section aria-labelledby="cta">
          <h2 id="cta">{t('campaigns.cta.title')}</h2>
          {text.cta_text ? <p lang={textLang}>{text.cta_text}</p> : null}
          {campaign.cta_link ? (
            <p>
              <a href={campaign.cta_link}>{campaign.cta_link}</a>
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="materials">
        <h2 id="materials">{t('campaigns.materials.title')}</h2>
        {props.view.materials.length > 0 ? (
          <MaterialList slug={campaign.slug} materials={props.view.materials} labelled={false} />
        ) : (
          <p>{t('campaigns.materials.noneInLanguage')}</p>
        )}
        {props.view.otherMaterials.length > 0 ? (
          <>
            <h3>{t('campaigns.materials.others')}</h3>
            <MaterialList slug={campaign.slug} materials={props.view.otherMaterials} labelled />
          </>
        ) : null}
      </section>
      <Support path={path} orgs={props.adminOrgs} />
      <Participation path={path} orgs={props.memberOrgs} form={props.participation} />
      <section aria-labelledby="supporters">
        <h2 id="supporters">{t('campaigns.supporters.title')}</h2>
        {props.supporters.items.length === 0 ? (
          <p>{t('campaigns.supporters.none')}</p>
        ) : (
          <ul>
            {props.supporters.items.map((s) => (
              <li>
                <a href={href(`/signatories/${s.slug}`)}>{s.name}</a>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          firstHref={props.supportersPaged ? `${href(path)}#supporters` : null}
          nextHref={
            props.supporters.next
              ? `${href(path)}?supporters=${encodeURIComponent(props.supporters.next)}#supporters`
              : null
          }
        />
      </section>
      <p>
        <a href={href(feed)}>{t('campaigns.feed.one')}</a> · <a href={href('/campaigns')}>{t('campaigns.list.all')}</a>
      </p>
    </Layout>
  );
}

/** Support in one step for each organisation the reader administers; or stop supporting. */
function Support({ path, orgs }: { path: string; orgs: OrgChoice[] }) {
  const { t, user } = usePage();
  const href = useHref();
  const open = orgs.filter((o) => !o.supporting);
  return (
    <section aria-labelledby="support">
      <h2 id="support">{t('campaigns.support.title')}</h2>
      {orgs.length === 0 ? <p>{user ? t('campaigns.support.onlyAdmins') : t('campaigns.support.signIn')}</p> : null}
      {open.length > 0 ? (
        <Form action={href(`${path}/support`)} class="inline-form">
          {open.length === 1 ? (
            <input type="hidden" name="orgId" value={open[0]!.orgId} />
          ) : (
            <Select
              form={{ values: {}, errors: {} }}
              name="orgId"
              label={t('campaigns.support.org')}
              options={open.map((o) => ({ value: o.orgId, label: o.orgName }))}
            />
          )}
          <Button name="action" value="support">
            {open.length === 1
              ? t('campaigns.support.buttonFor', { org: open[0]!.orgName })
              : t('campaigns.support.button')}
          </Button>
        </Form>
      ) : null}
      {orgs
        .filter((o) => o.supporting)
        .map((o) => (
          <Form action={href(`${path}/support`)} class="inline-form">
            <p>{t('campaigns.support.already', { org: o.orgName })}</p>
            <input type="hidden" name="orgId" value={o.orgId} />
            <Button variant="secondary" name="action" value="stop">
              {t('campaigns.support.stop', { org: o.orgName })}
            </Button>
          </Form>
        ))}
    </section>
  );
}

/** The short form that logs the organisation's participation as an activity of its log. */
function Participation({
  path,
  orgs,
  form,
}: {
  path: string;
  orgs: { orgId: string; orgName: string }[];
  form: FormState;
}) {
  const { t } = usePage();
  const href = useHref();
  if (orgs.length === 0) return null;
  return (
    <section aria-labelledby="participate">
      <h2 id="participate">{t('campaigns.participate.title')}</h2>
      <p>{t('campaigns.participate.lead')}</p>
      <FormProblems form={form} />
      <Form action={href(`${path}/participate`)} class="stack">
        {orgs.length === 1 ? (
          <input type="hidden" name="orgId" value={orgs[0]!.orgId} />
        ) : (
          <Select
            form={form}
            name="orgId"
            label={t('campaigns.participate.org')}
            options={orgs.map((o) => ({ value: o.orgId, label: o.orgName }))}
          />
        )}
        <TextField
          form={form}
          name="on"
          label={t('campaigns.participate.on')}
          hint={t('campaigns.form.date.hint')}
          width="medium"
        />
        <TextField
          form={form}
          name="people"
          label={t('campaigns.participate.people')}
          inputMode="numeric"
          width="short"
        />
        <TextArea
          form={form}
          name="note"
          label={t('campaigns.participate.note')}
          maxLength={NOTE_MAX}
          rows={3}
          required={false}
        />
        <Radios
          form={form}
          name="visibility"
          label={t('campaigns.participate.visibility')}
          options={VISIBILITIES.map((v) => ({ value: v, label: t(VISIBILITY_LABEL[v]) }))}
        />
        <Button>{t('campaigns.participate.button')}</Button>
      </Form>
    </section>
  );
}
