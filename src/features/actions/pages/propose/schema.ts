import { z } from 'zod';
import { choice, choices, text } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { refIn } from '../../../obstacles/service.ts';
import { day, optionalDay } from '../../fields.ts';
import { DESCRIPTION_MAX, GOAL_MAX, OBSTACLES_MAX, TITLE_MAX, type ActionInput } from '../../service-propose.ts';
import { NEEDS } from '../../vocabulary.ts';

// The action's details, as proposed and as edited: what, why, when, and what it still needs.

export const detailsShape = {
  lang: choice(LANGS, 'actions.error.lang'),
  title: text(TITLE_MAX, { min: 3 }),
  goal: text(GOAL_MAX),
  description: text(DESCRIPTION_MAX),
  startsOn: day(),
  endsOn: optionalDay(),
  needs: choices(NEEDS),
};

export const detailsSchema = z.object(detailsShape);

/** Proposing also names the obstacles: their addresses or slugs, one per line. */
export const proposeSchema = z.object({
  obstacles: text(OBSTACLES_MAX * 300),
  ...detailsShape,
});

export function toInput(f: z.output<typeof detailsSchema>): ActionInput {
  return {
    lang: f.lang,
    title: f.title,
    goal: f.goal,
    description: f.description,
    startsOn: f.startsOn,
    endsOn: f.endsOn ?? null,
    needs: f.needs,
  };
}

/** Each non-empty line, as the obstacle's slug or id (a pasted address is cut to its last part). */
export function obstacleRefs(typed: string): string[] {
  return typed
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(refIn);
}
