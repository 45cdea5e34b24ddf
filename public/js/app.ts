// Progressive enhancement only: every page works without this file. Each module finds its
// own markup and does nothing when it is absent; an error in one never stops the others.
import { characterCounts } from './character-count.ts';
import { errorSummary } from './error-summary.ts';
import { copyButtons } from './copy.ts';
import { submitOnce } from './submit-once.ts';

for (const enhance of [errorSummary, characterCounts, copyButtons, submitOnce]) {
  try {
    enhance(document);
  } catch (e) {
    console.error(e);
  }
}
