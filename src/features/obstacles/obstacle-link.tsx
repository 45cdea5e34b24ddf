import { usePage, useHref } from '../../platform/views/context.ts';
import type { ObstacleItem } from './service-public.ts';

// An obstacle named in another feature's list (an organisation's profile, an action's page):
// its title as a link, and, when the organisation that reported it withdrew from the Charter,
// who that was, marked with the register's own words "former signatory" (ADR 0023), so the
// mark reads the same wherever the obstacle appears.

/** The mark after a reporter's name once it withdrew: " (former signatory)". */
export function FormerSignatory({ former }: { former: boolean }) {
  const { t } = usePage();
  return former ? <> ({t('obstacles.item.formerSignatory')})</> : null;
}

/** The obstacle's title as a link to its page, then its reporter when that one is a former signatory. */
export function ObstacleLink({ item }: { item: ObstacleItem }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <a href={href(`/obstacles/${encodeURIComponent(item.slug)}`)} lang={item.lang}>
        {item.title}
      </a>
      {item.org?.former ? (
        <>
          {' · '}
          {t('obstacles.item.reportedBy', { org: item.org.name })}
          <FormerSignatory former />
        </>
      ) : null}
    </>
  );
}
