// The actions feature's API. Other features use only what this module exports.

export { proposeAction, editAction, changeStatus } from './service-propose.ts';
export { actionPage, actionsOfOrganisation, listPage, type ActionItem } from './service-public.ts';
export type { ActionDeps, Outcome, Reason } from './outcome.ts';
