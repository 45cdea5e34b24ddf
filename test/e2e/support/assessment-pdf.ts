import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { exact } from './bilingual-run.ts';
import { AssessmentRun, FIRST, norm, ORG, SCOPE, SECOND } from './assessment-run.ts';

// The last step of issue 9's story: from the second run's results she downloads the PDF through
// the page's own link. It is a PDF, and its text (read with pdftotext, from poppler-utils) holds
// her organisation's name, each cell with its level now and before, and what changed.

/** The text of a PDF, as pdftotext reads it. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export async function adminDownloadsThePdf(run: AssessmentRun, page: Page): Promise<void> {
  const t = run.tr;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', exact(t('assessment.export.pdf'))).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.pdf$/, 'a .pdf file');
  const file = await download.path();
  const bytes = await fs.readFile(file);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');

  const raw = pdfText(file);
  const text = norm(raw);
  assert.ok(text.includes(norm(ORG)), `the PDF names the organisation; it says: ${text.slice(0, 400)}`);
  assert.ok(text.includes(norm(t('assessment.results.title'))), 'the PDF’s title');
  // French puts a no-break space before a colon, as every label of the catalogue does.
  for (const key of ['assessment.results.column.previous', 'assessment.results.column.change'])
    if (raw.includes(`${t(key)}:`))
      run.findings.push(`the French PDF writes “${t(key)}:” with no (no-break) space before the colon`);
  for (const [d, a] of SCOPE) {
    const cell = norm(run.cellName(d, a));
    assert.ok(text.includes(cell), `the PDF names ${cell}`);
    const now = norm(run.levelNamed(SECOND[d][a]));
    const before = norm(run.levelNamed(FIRST[d][a].level));
    // Under the cell's heading: its level now (with the descriptor), then the previous level and the change.
    const at = text.indexOf(`${cell} ${now}`);
    assert.ok(at >= 0, `the PDF gives ${cell} its level “${now}”`);
    const change = SECOND[d][a] > FIRST[d][a].level ? 'up' : SECOND[d][a] < FIRST[d][a].level ? 'down' : 'same';
    const after = text.slice(at, at + 1500);
    assert.ok(after.includes(before), `the PDF gives ${cell} its previous level “${before}”`);
    assert.ok(after.includes(norm(t(`assessment.results.change.${change}`))), `the PDF says ${cell} went ${change}`);
  }
}
