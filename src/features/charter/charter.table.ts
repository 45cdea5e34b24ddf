export type CharterStatus = 'draft' | 'in_force' | 'superseded';

export interface CharterVersionsTable {
  id: string;
  version: number;
  status: CharterStatus;
  published_at: string | null;
  created_at: string;
}

export interface CharterTextsTable {
  version_id: string;
  lang: string;
  title: string;
  body: string; // Markdown, verbatim
  is_translation: number; // nl and fr are authoritative; de and en are our translations
}

export interface CharterCommitmentsTable {
  version_id: string;
  number: number;
  lang: string;
  short_title: string;
  full_text: string;
}

// The feature's tables, added to the platform's view of the database (see platform/db/schema.ts).
declare module '../../platform/db/schema.ts' {
  interface DB {
    charter_versions: CharterVersionsTable;
    charter_texts: CharterTextsTable;
    charter_commitments: CharterCommitmentsTable;
  }
}
