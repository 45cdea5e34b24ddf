import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components.tsx';
import { ProgressBar, StatusTag } from '../../../actions/components.tsx';
import type { ProfileAction } from '../../../actions/service.ts';

/** The joint actions it leads or joined, the latest first (the actions feature's read). */
export interface ProfileActionList {
  items: ProfileAction[];
  /** It has more than are shown. */
  more: boolean;
}

const ROLE = { lead: 'signatories.profile.actionsLead', partner: 'signatories.profile.actionsPartner' } as const;

/** Commitment 2: the joint actions it leads or takes part in, each with its role, status and progress. */
export function ProfileActions({ actions }: { actions: ProfileActionList }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <section class="stack" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('signatories.profile.actions')}</h2>
      <Table
        caption={t('signatories.profile.actionsCaption')}
        captionHidden
        rows={actions.items}
        columns={[
          {
            header: t('signatories.profile.actionsTitle'),
            cell: (a) => (
              <a href={href(`/actions/${encodeURIComponent(a.slug)}`)} lang={a.lang}>
                {a.title}
              </a>
            ),
          },
          { header: t('signatories.profile.actionsRole'), cell: (a) => t(ROLE[a.role]) },
          { header: t('signatories.profile.actionsStatus'), cell: (a) => <StatusTag status={a.status} /> },
          {
            header: t('signatories.profile.actionsProgress'),
            cell: (a) => <ProgressBar progress={a.progress} id={`profile-progress-${a.id}`} />,
          },
        ]}
      />
      {actions.more ? (
        <p class="hint">{t('signatories.profile.actionsMore', { count: actions.items.length })}</p>
      ) : null}
    </section>
  );
}
