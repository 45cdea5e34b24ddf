import { z } from 'zod';
import { choice, optionalWebsite, text } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { MATERIAL_TITLE_MAX } from '../../service.ts';
import { MATERIAL_KINDS } from '../../vocabulary.ts';

// A material: its language, title, and either a link or a file (the file is read by the route:
// its type by its bytes, its size; see routes-secretariat.tsx).

export const materialSchema = z
  .object({
    lang: choice(LANGS, 'campaigns.error.lang'),
    title: text(MATERIAL_TITLE_MAX),
    kind: choice(MATERIAL_KINDS, 'campaigns.error.materialKind'),
    url: optionalWebsite(),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'link' && !f.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'campaigns.error.url' });
  });

export type MaterialForm = z.output<typeof materialSchema>;
