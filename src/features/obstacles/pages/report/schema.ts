import { z } from 'zod';
import { choice, choices, optionalText, optionalWebsite, text } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { DESCRIPTION_MAX, EVIDENCE_MAX, FIGURE_MAX, TITLE_MAX, type ObstacleInput } from '../../service-report.ts';
import { TAGS } from '../../vocabulary.ts';

// The report form's rules: what the organisation observes, whom it excludes, where, and how it knows.

export const reportSchema = z.object({
  lang: choice(LANGS, 'obstacles.error.lang'),
  title: text(TITLE_MAX, { min: 3 }),
  description: text(DESCRIPTION_MAX),
  cause: choices(TAGS.cause, { min: 1, message: 'obstacles.error.cause' }),
  group: choices(TAGS.group, { min: 1, message: 'obstacles.error.group' }),
  region: choices(TAGS.region, { min: 1, message: 'obstacles.error.region' }),
  audience: choices(TAGS.audience, { min: 1, message: 'obstacles.error.audience' }),
  evidenceFigure: optionalText(FIGURE_MAX),
  evidenceText: optionalText(EVIDENCE_MAX),
  evidenceLink: optionalWebsite(),
});

export type ReportForm = z.output<typeof reportSchema>;

export function toInput(f: ReportForm): ObstacleInput {
  return {
    lang: f.lang,
    title: f.title,
    description: f.description,
    tags: { cause: f.cause, group: f.group, region: f.region, audience: f.audience },
    evidenceText: f.evidenceText ?? null,
    evidenceLink: f.evidenceLink ?? null,
    evidenceFigure: f.evidenceFigure ?? null,
  };
}
