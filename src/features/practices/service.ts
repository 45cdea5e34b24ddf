// The practices feature's API. Other features (and the public side of this one) use only what
// this module exports: writing (service-writing.ts), review (service-review.ts), reading
// (service-read.ts), and the derived counts and search index (derived.ts, search-index.ts).

export * from './service-writing.ts';
export * from './service-review.ts';
export * from './service-read.ts';
export { awaitingReview, addToCount, syncPublished, rebuildDerived } from './derived.ts';
export { PRACTICES_INDEX, indexPractices } from './search-index.ts';
export { isAttachedTo, isPublishedAttachment, practiceById, practiceBySlug, revisionById } from './repository.ts';
export { sendFile } from './attachments.ts';
export type {
  Practice,
  Revision,
  PracticeText,
  PracticeLink,
  PracticeAttachment,
  PracticeEvent,
} from './repository.ts';
export type { PracticeDeps, Outcome, Reason } from './outcome.ts';
