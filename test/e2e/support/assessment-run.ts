import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { frameworkInForce } from '../../../src/features/assessment/repository-frameworks.ts';
import { formatters } from '../../../src/platform/i18n/format.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../support/accounts.ts';
import { BilingualRun, exact, pathOf, type Person } from './bilingual-run.ts';

// What the steps of issue 9's story (assessment-steps.ts) share: a Walloon non-profit that has
// just signed, its administrator who works in French, the answers she types, and how a person
// finds the run's fields and read-outs by their labels. The account and the organisation are
// made in the database, as the other journeys make theirs: signing has its own journey.

/** Her organisation: signed, and no self-assessment yet. */
export const ORG = 'Atelier Numérique de la Sambre asbl';

export type Dim = 'leadership' | 'access';
export type Aud = 'employees' | 'customers';

/** What she gives for one cell: the level, what shows it, links (one per line), what comes next. */
export interface Answer {
  level: number;
  evidence: string;
  links: string[];
  plan: string;
}

/** What a cell's fields show: a draft's level may still be empty. */
export type Shown = Omit<Answer, 'level'> & { level: number | null };

/** The scope of the first run: two dimensions for two audiences, in the framework's order. */
export const SCOPE: readonly [Dim, Aud][] = [
  ['leadership', 'employees'],
  ['leadership', 'customers'],
  ['access', 'employees'],
  ['access', 'customers'],
];

/** A value for each cell of the scope. */
export function byCell<T>(f: (d: Dim, a: Aud) => T): Record<Dim, Record<Aud, T>> {
  return {
    leadership: { employees: f('leadership', 'employees'), customers: f('leadership', 'customers') },
    access: { employees: f('access', 'employees'), customers: f('access', 'customers') },
  };
}

/** Her answers on the first run; access·employees is half typed on the first day (level, evidence). */
export const FIRST: Record<Dim, Record<Aud, Answer>> = {
  leadership: {
    employees: {
      level: 2,
      evidence: 'La direction a adopté en mars une note sur l’inclusion numérique du personnel.',
      links: ['https://www.atelier-sambre.example/note-inclusion'],
      plan: 'Nommer une personne responsable et prévoir un budget pour 2027.',
    },
    customers: {
      level: 1,
      evidence: 'Nous aidons au cas par cas les personnes qui le demandent à l’accueil.',
      links: ['https://www.atelier-sambre.example/aide', 'https://www.atelier-sambre.example/horaires'],
      plan: 'Écrire une politique d’accueil pour les personnes peu à l’aise avec le numérique.',
    },
  },
  access: {
    employees: {
      level: 3,
      evidence: 'Chaque membre du personnel reçoit un ordinateur portable, et nous mesurons l’usage deux fois par an.',
      links: [],
      plan: '',
    },
    customers: {
      level: 2,
      evidence: 'Un tarif social pour la connexion est inscrit dans notre règlement.',
      links: [],
      plan: 'Compter combien de personnes utilisent le tarif social.',
    },
  },
};

/** The second run: the same answers, leadership·employees one up (by keyboard), access·customers one down. */
export const SECOND: Record<Dim, Record<Aud, number>> = {
  leadership: { employees: 3, customers: 1 },
  access: { employees: 3, customers: 1 },
};

/** Collapses runs of white space (no-break spaces included) so texts compare as a person reads them. */
export const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** One run of the story on one engine, in a French browser with JavaScript off. */
export class AssessmentRun extends BilingualRun {
  readonly admin: Person = {
    email: 'claire.dubois@atelier-sambre.example',
    password: TEST_PASSWORD,
    name: 'Claire Dubois',
  };
  /** Dates as her French pages write them. */
  readonly fmt = formatters('fr');
  orgId = '';
  /**
   * What the story found wrong in the feature without stopping (asserted empty at the end, so
   * one run reports the whole story): each a sentence that says where and what.
   */
  readonly findings: string[] = [];
  /** Dimension titles in French, from the framework in force. */
  private titles = new Map<string, string>();

  get tr() {
    return this.t.fr;
  }

  /** The organisation, signed, with her as its administrator; the framework's French titles. */
  async addOrganisation(): Promise<void> {
    const db = this.server.db;
    const admin = await createUser(db, { email: this.admin.email, name: this.admin.name, locale: 'fr' });
    this.orgId = (await createOrganisation(db, { name: ORG, members: [{ user: admin, role: 'admin' }] })).id;
    const framework = await frameworkInForce(db);
    assert.ok(framework, 'a framework version is in force on a fresh database');
    for (const d of framework.content.dimensions) this.titles.set(d.key, d.title.fr);
  }

  dimension(d: Dim): string {
    const title = this.titles.get(d);
    assert.ok(title, `dimension ${d} in the framework in force`);
    return title;
  }

  audience(a: Aud): string {
    return this.tr(`assessment.audience.${a}`);
  }

  levelName(level: number): string {
    return this.tr('assessment.run.answers.levelName', { level, name: this.tr(`assessment.level.${level}`) });
  }

  /** "2 – Politique écrite": how the results, the table and the PDF write a level. */
  levelNamed(level: number): string {
    return this.tr('assessment.results.levelNamed', { level, name: this.tr(`assessment.level.${level}`) });
  }

  /** "Engagement de la direction · Personnel": how the results name a cell. */
  cellName(d: Dim, a: Aud): string {
    return `${this.dimension(d)} · ${this.audience(a)}`;
  }

  /** A cell's level question: the radios' group. */
  levelGroup(page: Page, a: Aud): Locator {
    return page.getByRole('group', exact(this.tr('assessment.run.answers.level', { audience: this.audience(a) })));
  }

  levelRadio(page: Page, a: Aud, level: number): Locator {
    return this.levelGroup(page, a).getByRole('radio', exact(this.levelName(level)));
  }

  /** A cell's text field (optional, so its label ends with "(facultatif)"). */
  textField(page: Page, a: Aud, field: 'evidence' | 'links' | 'plan'): Locator {
    const label = this.tr(`assessment.run.answers.${field}`, { audience: this.audience(a) });
    return page.getByLabel(`${label} (${this.tr('form.optional')})`, { exact: true });
  }

  /** The level chosen in a cell's group, or null: read from the radios as a screen reader would. */
  async chosenLevel(page: Page, a: Aud): Promise<number | null> {
    for (let level = 0; level <= 4; level++) if (await this.levelRadio(page, a, level).isChecked()) return level;
    return null;
  }

  /** Types a cell's answer on its dimension's page (only the parts given). */
  async typeAnswer(page: Page, a: Aud, answer: Partial<Answer>): Promise<void> {
    if (answer.level !== undefined) await this.levelRadio(page, a, answer.level).check();
    if (answer.evidence !== undefined) await this.textField(page, a, 'evidence').fill(answer.evidence);
    if (answer.links !== undefined) await this.textField(page, a, 'links').fill(answer.links.join('\n'));
    if (answer.plan !== undefined) await this.textField(page, a, 'plan').fill(answer.plan);
  }

  /** What a cell's fields hold now, as the page shows them. */
  async shownAnswer(page: Page, a: Aud): Promise<Shown> {
    return {
      level: await this.chosenLevel(page, a),
      evidence: await this.textField(page, a, 'evidence').inputValue(),
      links: (await this.textField(page, a, 'links').inputValue()).split('\n').filter(Boolean),
      plan: await this.textField(page, a, 'plan').inputValue(),
    };
  }

  /** Checks the dimension page now showing is `d`'s, "theme n of 2". */
  async onDimension(page: Page, d: Dim): Promise<void> {
    assert.match(pathOf(page), new RegExp(`^/fr/organisations/${this.orgId}/assessment/runs/[^/]+/answers/${d}$`));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), this.dimension(d));
    const audiences = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    const inOrder = [this.audience('employees'), this.audience('customers')];
    if (audiences.join(' | ') !== inOrder.join(' | '))
      this.findings.push(
        `${d}'s page shows the audiences as ${audiences.join(', ')}, not in the framework's order (${inOrder.join(', ')}) as the scope and the results do`,
      );
    const position = d === 'leadership' ? 1 : 2;
    assert.ok(
      await page.getByText(this.tr('assessment.run.answers.step', { position, count: 2 }), { exact: true }).isVisible(),
      `theme ${position} of 2`,
    );
  }

  /** Presses one of the dimension page's buttons ("save and continue", "save and come back later"). */
  async press(page: Page, key: 'assessment.run.answers.continue' | 'assessment.run.answers.later'): Promise<void> {
    await this.follow(page, page.getByRole('button', exact(this.tr(key))));
  }

  /** From any page: "my organisations" in the menu, her organisation, then commitment 7's link. */
  async openAssessment(page: Page): Promise<void> {
    const t = this.tr;
    const menu = page.getByRole('navigation', exact(t('layout.mainNav')));
    await this.follow(page, menu.getByRole('link', exact(t('layout.nav.myOrganisations'))));
    await this.follow(page, page.getByRole('main').getByRole('link', exact(ORG)));
    assert.equal(pathOf(page), `/fr/organisations/${this.orgId}`, 'her organisation’s space');
    await this.follow(page, page.getByRole('main').getByRole('link', exact(t('assessment.commitments.more'))));
    assert.equal(pathOf(page), `/fr/organisations/${this.orgId}/assessment`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('assessment.overview.title'));
  }
}
