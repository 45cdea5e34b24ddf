import { usePage, useHref } from '../../../../platform/views/context.ts';
import type { PracticeAttachment } from '../../repository.ts';

// The published revision's attachments on the public page: each with its name, its kind and
// its size, so a reader knows what a link downloads before following it. The links lead to
// the public file route, which serves only the published revision's files (routes-library.tsx).

const TYPE = {
  pdf: 'practices.page.attachments.type.pdf',
  png: 'practices.page.attachments.type.png',
  jpg: 'practices.page.attachments.type.jpeg',
  webp: 'practices.page.attachments.type.webp',
} as const;

const MB = 1024 * 1024;

export function PracticeAttachments({ slug, attachments }: { slug: string; attachments: PracticeAttachment[] }) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (attachments.length === 0) return null;
  return (
    <section class="stack" aria-labelledby="attachments">
      <h2 id="attachments">{t('practices.page.attachments')}</h2>
      <ul>
        {attachments.map((a) => {
          const ext = a.file.slice(a.file.lastIndexOf('.') + 1) as keyof typeof TYPE;
          const bytes = Number(a.bytes);
          const size =
            bytes >= MB
              ? t('practices.page.attachments.sizeMb', { mb: fmt.number(Math.round((bytes / MB) * 10) / 10) })
              : t('practices.form.attachments.size', { kb: fmt.number(Math.max(1, Math.ceil(bytes / 1024))) });
          return (
            <li>
              <a href={href(`/practices/${encodeURIComponent(slug)}/files/${a.file}`)}>{a.label}</a>{' '}
              {t('practices.page.attachments.details', { type: t(TYPE[ext] ?? TYPE.pdf), size })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
