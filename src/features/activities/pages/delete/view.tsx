import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, SummaryList } from '../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../platform/views/form.tsx';
import type { Activity } from '../../service-read.ts';
import { KIND_LABEL, VISIBILITY_LABEL } from '../../vocabulary.ts';

/** "Delete this activity?": what goes, and that its totals go with it. */
export function DeletePage({ orgId, orgName, activity }: { orgId: string; orgName: string; activity: Activity }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const base = `/organisations/${orgId}/activities`;
  const title = t('activities.delete.title');
  return (
    <Layout title={title} noindex>
      <BackLink href={href(base)}>{t('activities.log.title')}</BackLink>
      <p class="caption">{orgName}</p>
      <h1>{title}</h1>
      <SummaryList
        rows={[
          { key: t('activities.form.title'), value: activity.title },
          { key: t('activities.form.kind'), value: t(KIND_LABEL[activity.kind]) },
          {
            key: t('activities.form.startsOn'),
            value: <time datetime={activity.starts_on}>{fmt.date(activity.starts_on)}</time>,
          },
          { key: t('activities.form.people'), value: fmt.number(activity.people_reached) },
          { key: t('activities.form.visibility'), value: t(VISIBILITY_LABEL[activity.visibility]) },
        ]}
      />
      <p>{t('activities.delete.lead')}</p>
      <Form action={href(`${base}/${activity.id}/delete`)} class="button-group">
        <Button variant="warning">{t('activities.delete.submit')}</Button>
        <a href={href(base)}>{t('activities.delete.cancel')}</a>
      </Form>
    </Layout>
  );
}
