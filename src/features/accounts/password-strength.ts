import { createRequire } from 'node:module';
import type { OptionsType, ZxcvbnFactory as Factory } from '@zxcvbn-ts/core';

/**
 * Password strength, estimated by zxcvbn-ts against common passwords and the common words,
 * names and Wikipedia words of our four languages, and against the person's own name and
 * address. A guess count of 10⁸ or more (score 3 of 4) is required: enough that the slowed
 * sign-ins (throttle.ts) make online guessing hopeless, and that a stolen hash costs real work.
 */
export const MIN_SCORE = 3;

type Dictionary = NonNullable<OptionsType['dictionary']>;
interface LanguagePackage {
  dictionary: Dictionary;
}

const require = createRequire(import.meta.url);
let estimator: Factory | undefined;

/** Two packages name their lists alike (commonWords…): each list keeps its package in its name. */
function tagged(pkg: LanguagePackage, tag: string): Dictionary {
  return Object.fromEntries(Object.entries(pkg.dictionary).map(([name, words]) => [`${tag}:${name}`, words]));
}

/** The dictionaries are a few megabytes: read once, on the first password check, not at start. */
function zxcvbn(): Factory {
  if (estimator) return estimator;
  const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common = require('@zxcvbn-ts/language-common') as LanguagePackage & { adjacencyGraphs: OptionsType['graphs'] };
  const languages: [string, LanguagePackage][] = [
    ['en', require('@zxcvbn-ts/language-en') as LanguagePackage],
    ['fr', require('@zxcvbn-ts/language-fr') as LanguagePackage],
    ['de', require('@zxcvbn-ts/language-de') as LanguagePackage],
    ['nl', require('@zxcvbn-ts/language-nl-be') as LanguagePackage],
  ];
  estimator = new ZxcvbnFactory({
    dictionary: Object.assign({}, common.dictionary, ...languages.map(([tag, pkg]) => tagged(pkg, tag))) as Dictionary,
    graphs: common.adjacencyGraphs,
    // Only the first 100 characters are examined: the estimate's cost stays bounded (a form anyone can post).
    maxLength: 100,
    // No `translations`: the feedback stays as ids, which the literal maps below turn into our keys.
  });
  return estimator;
}

/** zxcvbn's warning ids, worded in our catalogues (plain language, four languages). */
const WARNING = {
  straightRow: 'accounts.password.warning.keyboard',
  keyPattern: 'accounts.password.warning.keyboard',
  simpleRepeat: 'accounts.password.warning.repeat',
  extendedRepeat: 'accounts.password.warning.repeat',
  sequences: 'accounts.password.warning.sequence',
  recentYears: 'accounts.password.warning.years',
  dates: 'accounts.password.warning.dates',
  topTen: 'accounts.password.warning.common',
  topHundred: 'accounts.password.warning.common',
  common: 'accounts.password.warning.common',
  similarToCommon: 'accounts.password.warning.similarToCommon',
  wordByItself: 'accounts.password.warning.oneWord',
  namesByThemselves: 'accounts.password.warning.names',
  commonNames: 'accounts.password.warning.names',
  userInputs: 'accounts.password.warning.personal',
  pwned: 'accounts.password.warning.common',
} as const;

/** zxcvbn's suggestion ids, for a weak password without a warning. */
const SUGGESTION = {
  l33t: 'accounts.password.suggestion.substitutions',
  reverseWords: 'accounts.password.suggestion.reversed',
  allUppercase: 'accounts.password.suggestion.capitals',
  capitalization: 'accounts.password.suggestion.capitals',
  dates: 'accounts.password.warning.dates',
  recentYears: 'accounts.password.warning.years',
  associatedYears: 'accounts.password.warning.years',
  sequences: 'accounts.password.warning.sequence',
  repeated: 'accounts.password.warning.repeat',
  longerKeyboardPattern: 'accounts.password.warning.keyboard',
  anotherWord: 'accounts.password.suggestion.moreWords',
  useWords: 'accounts.password.suggestion.moreWords',
  noNeed: 'accounts.password.suggestion.moreWords',
  pwned: 'accounts.password.warning.common',
} as const;

const GENERIC = 'accounts.error.passwordCommon';

/**
 * Words of this site and its context that a guesser tries first (ASVS 6.1.2 and 6.2.11):
 * counted like the person's own name. docs/security.md lists them too.
 */
export const CONTEXT_WORDS = [
  'inclusio',
  'charter',
  'charte',
  'charta',
  'handvest',
  'digital',
  'digitale',
  'numerique',
  'numérique',
  'inclusion',
  'inclusie',
  'inklusion',
  'secretariat',
  'secrétariat',
  'secretariaat',
  'sekretariat',
  'belgium',
  'belgique',
  'belgie',
  'belgië',
  'belgien',
  'bruxelles',
  'brussel',
  'brussels',
] as const;

/**
 * Null when the password is strong enough; else the catalogue key that says, in the reader's
 * language, why not and what to do. `userInputs` are the person's own words (name, address):
 * a password built from them is weak, however long.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  const own = userInputs.flatMap((v) => [v, ...v.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((v) => v.length >= 3);
  const inputs = [...own, ...CONTEXT_WORDS];
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning as keyof typeof WARNING | null;
  if (warning === 'userInputs') {
    // Say which: the person's own name or address, or only the words of this site.
    const own = new Set(inputs.slice(0, inputs.length - CONTEXT_WORDS.length).map((w) => w.toLowerCase()));
    const words = result.sequence
      .filter((m) => m.pattern === 'dictionary' && m.dictionaryName === 'userInputs')
      .map((m) => String((m as { matchedWord?: string }).matchedWord ?? m.token).toLowerCase());
    if (words.length > 0 && !words.some((w) => own.has(w))) return 'accounts.password.warning.siteWords';
  }
  if (warning && warning in WARNING) return WARNING[warning];
  const suggestion = result.feedback.suggestions[0] as keyof typeof SUGGESTION | undefined;
  if (suggestion && suggestion in SUGGESTION) return SUGGESTION[suggestion];
  return GENERIC;
}
