import { z } from 'zod';
import { choice, text } from '../../../../platform/http/fields.ts';
import { day, optionalDay, whole } from '../../fields.ts';
import { MILESTONE_TITLE_MAX, WEIGHT_MAX, type MilestoneInput } from '../../service-milestones.ts';
import { MILESTONE_STATUSES } from '../../vocabulary.ts';

// A milestone: what, by when, how much it counts, and how far it got. The percentage matters
// only while it is under way, the date it was reached only once it is done.

export const milestoneSchema = z
  .object({
    title: text(MILESTONE_TITLE_MAX),
    dueOn: day(),
    weight: whole(1, WEIGHT_MAX, 'actions.milestone.error.weight'),
    status: choice(MILESTONE_STATUSES),
    // Checked on its own, so a wrong percentage shows beside the other fields' mistakes.
    percent: z
      .string()
      .optional()
      .transform((s) => (s ?? '').trim().replace(/\s*%$/, ''))
      .refine((p) => p === '' || (/^\d{1,3}$/.test(p) && Number(p) <= 100), 'actions.milestone.error.percent'),
    doneOn: optionalDay(),
  })
  .superRefine((f, ctx) => {
    // Under way, the percentage is needed.
    if (f.status === 'under_way' && f.percent === '')
      ctx.addIssue({ code: 'custom', path: ['percent'], message: 'actions.milestone.error.percent' });
  });

export function toMilestone(f: z.output<typeof milestoneSchema>): MilestoneInput {
  const percent = Number(f.percent) || 0;
  return { title: f.title, dueOn: f.dueOn, weight: f.weight, status: f.status, percent, doneOn: f.doneOn ?? null };
}
