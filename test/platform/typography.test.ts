import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { catalogueFiles } from '../../src/platform/i18n/i18n.ts';
import { composeMail } from '../../src/platform/mail/compose.ts';

// French typography, as a Belgian French reader expects it: a narrow no-break space (U+202F)
// before ; ! ?, a no-break space (U+00A0) before : and inside « ». A no-break space keeps the
// mark on the same line as its word; an ordinary space lets it wrap to the next line alone.
// Only prose is checked: a mark followed by a letter or a digit belongs to a URL ("https://",
// "?sector=") or a time ("12:30"), and is left alone.

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** Where a mark ends a phrase: the end, a space, closing punctuation, or the end of an ICU branch. */
const ENDS_PHRASE = /^(?:$|[\s»"”’)\]}.,;:!?<…])/u;

/** Every typography fault in one French text, described so that a failure says what to fix. */
export function frenchTypographyFaults(text: string): string[] {
  const faults: string[] = [];
  const around = (i: number) => JSON.stringify(text.slice(Math.max(0, i - 20), i + 10));
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = text[i - 1] ?? '';
    if (c === '«') {
      if (text[i + 1] !== NBSP) faults.push(`no no-break space after « in ${around(i)}`);
      continue;
    }
    if (c === '»') {
      if (before !== NBSP) faults.push(`no no-break space before » in ${around(i)}`);
      continue;
    }
    if (!';:!?'.includes(c)) continue;
    if (!ENDS_PHRASE.test(text.slice(i + 1))) continue; // a URL, a time, a query string
    if (i === 0 || ';:!?'.includes(before)) continue; // "?!" or a mark that starts the text
    const wanted = c === ':' ? NBSP : NNBSP;
    const name = c === ':' ? 'a no-break space (U+00A0)' : 'a narrow no-break space (U+202F)';
    if (before !== wanted) faults.push(`${c} needs ${name} before it in ${around(i)}`);
    else if (/\s/u.test(text[i - 2] ?? '') && text[i - 2] !== wanted)
      faults.push(`a space before the no-break space in ${around(i)}`);
  }
  return faults;
}

const frenchCatalogues = catalogueFiles('fr');

test('the checker finds what it should, and leaves URLs, times and ICU syntax alone', () => {
  assert.equal(frenchTypographyFaults('Signer ou refuser: ').length, 1);
  assert.equal(frenchTypographyFaults('Signer ou refuser :').length, 1);
  assert.equal(frenchTypographyFaults(`Vraiment${NBSP}?`).length, 1, 'a wide space before ?');
  assert.equal(frenchTypographyFaults('Bienvenue !').length, 1);
  assert.equal(frenchTypographyFaults('« Charte »').length, 2);
  assert.equal(frenchTypographyFaults(`Vraiment ${NNBSP}?`).length, 1, 'two spaces');
  assert.deepEqual(frenchTypographyFaults(`Signer ou refuser${NBSP}: voici${NNBSP}; oui${NNBSP}!`), []);
  assert.deepEqual(frenchTypographyFaults(`«${NBSP}Charte${NBSP}»`), []);
  assert.deepEqual(frenchTypographyFaults('https://inclusio.be/fr/signatories?sector=public à 12:30'), []);
  assert.deepEqual(
    frenchTypographyFaults(`{count, plural, =0 {Personne} one {# personne} other {# personnes}} ont signé${NNBSP}?`),
    [],
  );
  assert.equal(frenchTypographyFaults('{count, plural, one {Une question?} other {# questions?}}').length, 2);
});

test('every French catalogue follows French typography', () => {
  assert.ok(frenchCatalogues.length >= 8, 'the platform catalogue and the features’ ones are all read');
  const faults: string[] = [];
  for (const file of frenchCatalogues) {
    const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [key, message] of Object.entries(messages))
      for (const fault of frenchTypographyFaults(message)) faults.push(`${key}: ${fault}`);
  }
  assert.deepEqual(faults, []);
});

test('a French e-mail follows French typography, the link line included', () => {
  const mail = composeMail('an@example.be', 'fr', {
    subject: 'mail.signature',
    paragraphs: ['mail.signature'],
    action: { label: 'mail.signature', url: 'https://inclusio.example/fr/account?x=1' },
  });
  assert.deepEqual(frenchTypographyFaults(mail.text), []);
  assert.deepEqual(frenchTypographyFaults(mail.subject), []);
});

test('the same mail in English keeps English punctuation (no space before the colon)', () => {
  const mail = composeMail('an@example.be', 'en', {
    subject: 'mail.signature',
    paragraphs: [],
    action: { label: 'mail.signature', url: 'https://inclusio.example/en/account' },
  });
  assert.match(mail.text, /\S:\nhttps:\/\/inclusio\.example\/en\/account/);
});
