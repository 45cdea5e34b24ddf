import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Pagination, Tag } from '../../../../platform/views/components.tsx';
import { descendants, type ChainNode, type ChainPage as Page } from '../../chain.ts';

/**
 * Who brought whom, as nested lists a screen reader announces with their levels: each
 * organisation links to its profile and says how many it brought in itself, and, for a first
 * link, how many followed in all.
 */
export function ChainPage({ page, paged }: { page: Page; paged: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const base = href('/referrals/chain');
  const title = t('referrals.chain.title');
  return (
    <Layout title={paged ? t('referrals.chain.titlePaged', { title }) : title}>
      <BackLink href={href('/signatories')}>{t('referrals.chain.back')}</BackLink>
      <div class="stack">
        <h1>{title}</h1>
        <p class="lead">{t('referrals.chain.lead')}</p>
        {page.roots.length === 0 ? (
          <p>{paged ? t('referrals.chain.pageGone') : t('referrals.chain.empty')}</p>
        ) : (
          <ul>
            {page.roots.map((root) => (
              <Node node={root} root />
            ))}
          </ul>
        )}
        <Pagination firstHref={paged ? base : null} nextHref={page.next ? `${base}?after=${page.next}` : null} />
      </div>
    </Layout>
  );
}

function Node({ node, root = false }: { node: ChainNode; root?: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const all = root ? descendants(node) : 0;
  return (
    <li>
      <a href={href(`/signatories/${encodeURIComponent(node.slug)}`)}>{node.name}</a>
      {node.status === 'withdrawn' ? (
        <>
          {' '}
          <Tag tone="grey">{t('referrals.chain.withdrawn')}</Tag>
        </>
      ) : null}
      {node.children.length > 0 ? (
        <>
          {' '}
          <span class="hint">
            {root && all > node.children.length
              ? t('referrals.chain.countAll', { count: node.children.length, all })
              : t('referrals.chain.count', { count: node.children.length })}
          </span>
          <ul>
            {node.children.map((child) => (
              <Node node={child} />
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
