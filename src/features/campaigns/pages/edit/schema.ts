import { z } from 'zod';
import { choice, choices, optionalText, optionalWebsite } from '../../../../platform/http/fields.ts';
import { LANGS, type Lang } from '../../../../platform/i18n/i18n.ts';
import { day } from '../../../actions/fields.ts';
import type { Campaign, CampaignText } from '../../repository.ts';
import { AIM_MAX, CTA_MAX, TITLE_MAX, type CampaignInput } from '../../service.ts';
import { CAUSES, causesOf, groupsOf, TARGET_GROUPS } from '../../vocabulary.ts';

// The campaign form: the period, the causes and target groups, the call to action's link, and per
// language a title, an aim and the call to action's words. The first language is required; any
// other is optional, but one that is begun needs its title and aim too.

/** The text fields of one language, named `title_nl`, `aim_nl`, `cta_nl`. */
export const textField = (name: 'title' | 'aim' | 'cta', lang: Lang) => `${name}_${lang}`;

const perLanguage = Object.fromEntries(
  LANGS.flatMap((l) => [
    [textField('title', l), optionalText(TITLE_MAX)],
    [textField('aim', l), optionalText(AIM_MAX)],
    [textField('cta', l), optionalText(CTA_MAX)],
  ]),
) as Record<string, ReturnType<typeof optionalText>>;

const REQUIRED = { title: 'campaigns.error.title', aim: 'campaigns.error.aim' } as const;

export const campaignSchema = z
  .object({
    lang: choice(LANGS, 'campaigns.error.lang'),
    startsOn: day(),
    endsOn: day(),
    cause: choices(CAUSES),
    group: choices(TARGET_GROUPS),
    ctaLink: optionalWebsite(),
    ...perLanguage,
  })
  .superRefine((f, ctx) => {
    const form = f as unknown as Record<string, string | undefined>;
    for (const l of LANGS) {
      const begun =
        l === f.lang || !!(form[textField('title', l)] || form[textField('aim', l)] || form[textField('cta', l)]);
      if (!begun) continue;
      for (const name of ['title', 'aim'] as const)
        if (!form[textField(name, l)])
          ctx.addIssue({ code: 'custom', path: [textField(name, l)], message: REQUIRED[name] });
    }
    if (f.startsOn && f.endsOn && f.endsOn < f.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'campaigns.error.endBeforeStart' });
  });

export type CampaignForm = z.output<typeof campaignSchema>;

export function toInput(f: CampaignForm): CampaignInput {
  const form = f as unknown as Record<string, string | undefined>;
  const texts = LANGS.flatMap((l) => {
    const title = form[textField('title', l)];
    const aim = form[textField('aim', l)];
    return title && aim ? [{ lang: l, title, aim, ctaText: form[textField('cta', l)] ?? null }] : [];
  });
  return {
    lang: f.lang,
    texts,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    causes: f.cause,
    groups: f.group,
    ctaLink: f.ctaLink ?? null,
  };
}

/** The form's values for a campaign as stored. */
export function valuesOf(c: Campaign, texts: readonly CampaignText[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    lang: c.lang,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    cause: causesOf(c.cause_bits),
    group: groupsOf(c.group_bits),
    ctaLink: c.cta_link ?? '',
  };
  for (const t of texts) {
    values[textField('title', t.lang)] = t.title;
    values[textField('aim', t.lang)] = t.aim;
    values[textField('cta', t.lang)] = t.cta_text ?? '';
  }
  return values;
}
