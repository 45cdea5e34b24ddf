import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink, Table } from '../../../../platform/views/components.tsx';
import type { MemberRole, OrgStatus } from '../../organisations.table.ts';
import { ROLE_LABEL, StatusTag } from '../shared.tsx';

export interface MyOrganisation {
  id: string;
  legal_name: string;
  status: OrgStatus;
  role: MemberRole;
}

export function MyOrganisationsPage({ organisations }: { organisations: MyOrganisation[] }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('organisations.mine.title');
  return (
    <Layout title={title} noindex>
      <h1>{title}</h1>
      {organisations.length === 0 ? (
        <div class="stack">
          <p class="lead">{t('organisations.mine.none')}</p>
          <p>{t('organisations.mine.noneSign')}</p>
          <p>
            <ButtonLink href={href('/sign')}>{t('organisations.mine.signLink')}</ButtonLink>
          </p>
          <p>{t('organisations.mine.noneInvited')}</p>
        </div>
      ) : (
        <>
          <p class="lead">{t('organisations.mine.lead', { count: organisations.length })}</p>
          <Table
            caption={title}
            captionHidden
            rows={organisations}
            columns={[
              {
                header: t('organisations.mine.column.organisation'),
                cell: (o) => <a href={href(`/organisations/${o.id}`)}>{o.legal_name}</a>,
              },
              { header: t('organisations.mine.column.status'), cell: (o) => <StatusTag status={o.status} /> },
              { header: t('organisations.mine.column.role'), cell: (o) => t(ROLE_LABEL[o.role]) },
            ]}
          />
        </>
      )}
    </Layout>
  );
}
