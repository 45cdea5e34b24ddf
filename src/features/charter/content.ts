import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '../../platform/markdown/parse.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

/** One language of a charter version, as it is loaded into the database. */
export interface VersionText {
  lang: Lang;
  title: string;
  /** Markdown, exactly as in the file. */
  body: string;
  isTranslation: boolean;
}

export interface VersionCommitment {
  number: number;
  lang: Lang;
  shortTitle: string;
  fullText: string;
}

export interface VersionContent {
  texts: VersionText[];
  commitments: VersionCommitment[];
}

/** The text of the first level-1 heading: the charter's title. */
export function titleOf(body: string): string {
  const heading = parseMarkdown(body).blocks.find((b) => b.type === 'heading' && b.level === 1);
  if (!heading || heading.type !== 'heading') throw new Error('A charter text must start with a "# Title" heading');
  return heading.source;
}

/** The items of the first ordered list: the commitments, in the charter's own words. */
export function commitmentItems(body: string): string[] {
  const list = parseMarkdown(body).blocks.find((b) => b.type === 'list' && b.ordered);
  if (!list || list.type !== 'list') return [];
  // Each item's words as written (its paragraphs' Markdown), as the old parser gave them.
  return list.items.map((item) =>
    item
      .map((b) => (b.type === 'paragraph' ? b.source : ''))
      .filter(Boolean)
      .join('\n'),
  );
}

export interface VersionFiles {
  /** Folder holding <lang>.md for every language. */
  dir: string;
  authoritative: readonly Lang[];
  /** Short titles per language, in the order of the commitments. */
  shortTitles: Record<Lang, readonly string[]>;
}

/**
 * Reads a version's texts from its folder and takes each commitment's full text from the
 * numbered list in that language's text, so the two can never disagree.
 */
export function readVersionFiles(files: VersionFiles): VersionContent {
  const texts: VersionText[] = [];
  const commitments: VersionCommitment[] = [];
  for (const [lang, titles] of Object.entries(files.shortTitles) as [Lang, readonly string[]][]) {
    const body = fs.readFileSync(path.join(files.dir, `${lang}.md`), 'utf8');
    texts.push({ lang, title: titleOf(body), body, isTranslation: !files.authoritative.includes(lang) });
    const items = commitmentItems(body);
    if (items.length !== titles.length) {
      throw new Error(`${lang}.md lists ${items.length} commitments, but ${titles.length} short titles are given`);
    }
    items.forEach((fullText, i) => commitments.push({ number: i + 1, lang, shortTitle: titles[i]!, fullText }));
  }
  return { texts, commitments };
}
