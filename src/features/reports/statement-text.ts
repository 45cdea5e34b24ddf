import { createHash } from 'node:crypto';
import { translator, type Lang } from '../../platform/i18n/i18n.ts';

// The statement of continued support, as the executive reads and signs it. The text comes from
// the catalogue in the language of the page they sign on; its SHA-256 (hex) is kept with the
// signature, so anyone can later check which exact words were signed.

export interface StatementText {
  lang: Lang;
  text: string;
  sha256: string;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function statementText(lang: Lang, org: string, year: number): StatementText {
  const text = translator(lang)('reports.statement.text', { org, year: String(year) });
  return { lang, text, sha256: sha256Hex(text) };
}
