// The actions feature's API. Other features use only what this module exports.

export { proposeAction, editAction, changeStatus } from './service-propose.ts';
export {
  actionPage,
  actionsOfOrganisation,
  listPage,
  profileActions,
  PROFILE_SHOWN,
  type ActionItem,
  type ProfileAction,
} from './service-public.ts';
export { featuredActions, FEATURED_SHOWN } from './service-moderation.ts';
export type { ActionDeps, Outcome, Reason } from './outcome.ts';
