import type { FormState } from '../../../../platform/views/form.tsx';
import type { ObstacleView } from '../../service-public.ts';

export type ObstaclePageProps = Extract<ObstacleView, { kind: 'page' }> & {
  /** The endorsement form of one organisation, shown again with its mistakes. */
  form?: { orgId: string; state: FormState };
};
