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
