import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

// What other features declare in their manifest for following and for the notification
// settings (ADR 0021). The platform's Feature gets two fields by module augmentation, as the
// platform's DB gets tables: the platform imports nothing of this, and the following feature
// reads the fields from `app.deps.registry.features`, so it imports none of the features that
// fill them in.

/** A kind of mail a feature sends, as a person sees it on their notification settings. */
export interface MailKind {
  /** Stored with a person's choice: `feature-what` (never renamed once people have chosen). */
  key: string;
  /** Catalogue key of its name ("A practice of your organisation was adopted"). */
  label: string;
  /** Catalogue key of a line saying when it comes or why it cannot be switched off. */
  hint?: string;
  /** Sent whatever the settings say (sign-in, password reset, security): shown, not switchable. */
  always?: boolean;
  /** Whom the kind concerns (secretariat, administrators); everyone when left out. */
  shownTo?(user: Principal): boolean;
}

/** A subject, as the feature that owns it lets a viewer see it. */
export interface SubjectView {
  /** Its title in the viewer's language, or its original one. */
  title: string;
  /** Its page after the language: `/practices/a-slug`. */
  path: string;
}

type Db = Kysely<DB> | Transaction<DB>;

/** A kind of thing people may follow, declared by the feature that owns it. */
export interface Followable {
  /** Stored in `follows.subject_kind` and used in the follow routes' addresses: `practice`. */
  kind: string;
  /** Catalogue key naming the kind ("Practice"), shown beside each followed item. */
  label: string;
  /**
   * Of `ids`, the subjects that exist and that `viewer` may see, by id: the follow routes
   * refuse the others, and a person's list shows them as no longer available. One query.
   */
  visible(db: Db, ids: readonly string[], viewer: Principal | null, lang: Lang): Promise<Map<string, SubjectView>>;
}

declare module '../../platform/feature.ts' {
  interface Feature {
    /** The kinds of mail it sends, for the notification settings (following/declarations.ts). */
    mailKinds?: MailKind[];
    /** The kinds of its things people may follow (following/declarations.ts). */
    followables?: Followable[];
  }
}
