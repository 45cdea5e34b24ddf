import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink, Pagination, Table } from '../../../../platform/views/components.tsx';
import { OrgPracticeHeading, PracticeStatusTag, RevisionStatusTag } from '../../components.tsx';
import { encodeCursor, type Cursor, type OrgPracticeLine } from '../../service-read.ts';

/** The organisation's practices: drafts, submitted, returned (with the comment), published, archived. */
export function OrgPracticesPage(props: {
  orgId: string;
  orgName: string;
  lines: OrgPracticeLine[];
  next: Cursor | null;
  isFirstPage: boolean;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  const base = `/organisations/${props.orgId}/practices`;
  return (
    <Layout title={t('practices.org.title', { org: props.orgName })} wide noindex>
      <OrgPracticeHeading
        orgId={props.orgId}
        orgName={props.orgName}
        title={t('practices.org.heading')}
        back={{ path: `/organisations/${props.orgId}`, label: t('practices.org.backToSpace', { org: props.orgName }) }}
      >
        <p class="lead">{t('practices.org.lead')}</p>
      </OrgPracticeHeading>
      <p>
        <ButtonLink href={href(`${base}/new`)}>{t('practices.org.new')}</ButtonLink>
      </p>
      {props.lines.length ? (
        <Table
          caption={t('practices.org.heading')}
          captionHidden
          rows={props.lines}
          columns={[
            {
              header: t('practices.org.col.title'),
              cell: (l) => <a href={href(`${base}/${l.id}`)}>{l.title || t('practices.org.untitled')}</a>,
            },
            {
              header: t('practices.org.col.status'),
              cell: (l) => (
                <>
                  <PracticeStatusTag status={l.status} />
                  {l.working && l.status !== l.working.status && l.working.status !== 'draft' ? (
                    <>
                      {' '}
                      <RevisionStatusTag status={l.working.status} />
                    </>
                  ) : null}
                  {l.working && l.status !== 'draft' && l.working.status === 'draft' ? (
                    <> {t('practices.org.updateInProgress')}</>
                  ) : null}
                  {l.working?.status === 'returned' && l.working.comment ? (
                    <p class="hint">{t('practices.org.comment', { comment: l.working.comment })}</p>
                  ) : null}
                </>
              ),
            },
            {
              header: t('practices.org.col.updated'),
              cell: (l) => <time dateTime={l.updatedAt}>{fmt.date(l.updatedAt)}</time>,
            },
          ]}
        />
      ) : (
        <p>{t('practices.org.none')}</p>
      )}
      <Pagination
        firstHref={props.isFirstPage ? null : href(base)}
        nextHref={props.next ? href(`${base}?after=${encodeCursor(props.next)}`) : null}
      />
    </Layout>
  );
}
