import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { Feature } from '../../platform/feature.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

// What other features declare in their manifest for "Download my data" (service-export.ts):
// their part of a person's data. The platform's Feature gets the field by module augmentation,
// as following's mailKinds do (ADR 0021): the platform imports nothing of this, and accounts
// reads the field from `app.deps.registry.features`, so it imports none of the features that
// fill it in.

/** Whose data, and what the part may need to describe it. */
export interface PersonalDataRequest {
  db: Kysely<DB>;
  person: Principal;
  /** The language of the page the file was asked from: names and addresses in it. */
  lang: Lang;
  /** Every feature, for a part that describes things other features own (what one follows). */
  features: readonly Feature[];
}

declare module '../../platform/feature.ts' {
  interface Feature {
    /**
     * Its part of a person's "Download my data" file, put in the file under the feature's name:
     * every row about the person, in plain names; never another person's data, never a secret.
     */
    personalData?(request: PersonalDataRequest): Promise<Record<string, unknown>>;
  }
}
