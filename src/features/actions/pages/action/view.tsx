import { FollowButton } from '../../../following/follow-button.tsx';
import { FormerSignatory, ObstacleLink } from '../../../obstacles/obstacle-link.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, SummaryList } from '../../../../platform/views/components.tsx';
import { emptyForm, FormProblems, type FormState } from '../../../../platform/views/form.tsx';
import { ProgressBar, StatusTag } from '../../components.tsx';
import type { ActionView } from '../../service-public.ts';
import { CAUSE_LABEL, NEED_LABEL, REGION_LABEL } from '../../vocabulary.ts';
import { Milestones } from './milestones.tsx';
import { Indicators, Updates } from './indicators.tsx';
import { Partners } from './partners.tsx';
import { History, StatusForm } from './parts.tsx';
import { HiddenNotice, Moderation } from './moderation.tsx';

/** Forms on the page shown again after a mistake, by name. */
export interface PageForms {
  status?: FormState;
  milestone?: FormState;
  invite?: FormState;
  indicator?: FormState;
  update?: FormState;
  hide?: FormState;
}

/** An action's page: what it is, against which obstacles, who leads it, how far it got, its history. */
export function ActionPage(props: ActionView & { forms?: PageForms }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { action, item, obstacles, history, actingOrg } = props;
  const self = href(`/actions/${encodeURIComponent(action.slug)}`);
  const forms = props.forms ?? {};
  const shown = Object.values(forms).find(Boolean);
  return (
    <Layout title={item.title} wide>
      <BackLink href={href('/actions')}>{t('actions.list.title')}</BackLink>
      <p class="caption">{t('actions.page.caption')}</p>
      <h1 lang={item.lang}>{item.title}</h1>
      {shown ? <FormProblems form={shown} /> : null}
      <HiddenNotice action={action} />
      <p>
        <StatusTag status={item.status} />
      </p>
      {item.status === 'stopped' && action.stop_reason ? (
        <p>
          <strong>{t('actions.page.stopReason')}</strong> <span lang={item.lang}>{action.stop_reason}</span>
        </p>
      ) : null}
      {action.listed === 1 ? (
        <FollowButton kind="action" id={action.id} following={props.following} title={item.title} />
      ) : null}
      <ProgressBar progress={item.progress} id="action-progress" />
      <p class="lead" lang={item.lang}>
        {item.goal}
      </p>
      <SummaryList
        rows={[
          {
            key: t('actions.page.lead'),
            value: item.lead ? (
              <>
                <a href={href(`/signatories/${item.lead.slug}`)}>{item.lead.name}</a>
                <FormerSignatory former={item.lead.former} />
              </>
            ) : (
              '—'
            ),
          },
          {
            key: t('actions.page.period'),
            value: item.endsOn
              ? t('actions.page.periodFromTo', { from: fmt.date(item.startsOn), to: fmt.date(item.endsOn) })
              : t('actions.page.periodFrom', { from: fmt.date(item.startsOn) }),
          },
          ...(item.causes.length > 0
            ? [{ key: t('actions.page.causes'), value: item.causes.map((c) => t(CAUSE_LABEL[c as never])).join(', ') }]
            : []),
          ...(item.regions.length > 0
            ? [
                {
                  key: t('actions.page.regions'),
                  value: item.regions.map((r) => t(REGION_LABEL[r as never])).join(', '),
                },
              ]
            : []),
          ...(item.needs.length > 0
            ? [{ key: t('actions.page.needs'), value: item.needs.map((n) => t(NEED_LABEL[n])).join(', ') }]
            : []),
        ]}
      />
      {actingOrg ? (
        <p>
          <a href={`${self}/edit`}>{t('actions.page.edit')}</a>
        </p>
      ) : null}
      <div class="prose" lang={item.lang}>
        {action.description.split(/\n{2,}/).map((p) => (
          <p>{p}</p>
        ))}
      </div>
      <section class="stack" aria-labelledby="obstacles-heading">
        <h2 id="obstacles-heading">{t('actions.page.obstacles')}</h2>
        <ul>
          {obstacles.map((o) => (
            <li>
              <ObstacleLink item={o} />
            </li>
          ))}
        </ul>
      </section>
      <Partners view={props} invite={forms.invite ?? emptyForm()} />
      <Milestones view={props} form={forms.milestone ?? emptyForm({ status: 'planned', weight: '1' })} />
      <Indicators view={props} form={forms.indicator ?? emptyForm()} />
      <Updates view={props} form={forms.update ?? emptyForm()} />
      {actingOrg ? (
        <StatusForm action={action} form={forms.status ?? emptyForm({ actionStatus: action.status })} />
      ) : null}
      <Moderation action={action} form={forms.hide ?? emptyForm()} />
      <History lines={history} />
    </Layout>
  );
}
