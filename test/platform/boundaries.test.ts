// The shape of the house, checked on every run: no import cycle anywhere in src/, the platform
// never imports a feature, and a feature reaches another feature only through its services
// (and the few shared pure helpers and components listed below). Imports are read with
// TypeScript's own parser (static imports, `export … from`, `import type`, dynamic `import()`),
// so a type-only import counts too: it ties the files together just the same for a reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve('src');

/** Another feature's files a feature may import, besides its service*.ts. Keep it short. */
const SHARED: Record<string, string> = {
  'organisations/enterprise-number.ts':
    'a pure check and format of the Belgian enterprise number, for every form and page that shows one',
  'organisations/profile-schema.ts':
    "the organisation profile fields' rules: the application asks the same fields with the same checks",
  'organisations/profile-form.tsx':
    'the organisation profile fields as form parts: the application form shows the same fields',
  'organisations/tag-bits.ts':
    "the pure bit layout of the directory filters; the directory's test fixtures write rows with it",
  'charter/charter-text.tsx': 'the component that shows the charter text; the executive reads it before signing',
  'organisations/context.ts':
    "the organisation of an org-member or org-admin route as the session knows it: every feature with pages in an organisation's space reads it the same way",
  'following/follow-button.tsx':
    'the one Follow / Stop following form: every followable subject (a practice, an obstacle, an action) shows it on its page',
  'practices/vocabulary.ts':
    "the words that describe a practice (causes, target groups, audiences) and their labels: obstacles and the exchange's offers and asks are tagged with the same words, one owner",
  'obstacles/obstacle-link.tsx':
    "an obstacle's link and its reporter's \"former signatory\" mark: an organisation's profile and an action's page name obstacles in the register's words",
  'actions/components.tsx':
    "an action's status tag and progress bar: the home page's featured actions and an organisation's profile show them as the actions' pages do",
  'actions/fields.ts':
    'a calendar day and a whole number read as people type them: the activity log asks for dates and counts the same way',
  'organisations/vocabulary.ts':
    'the organisation vocabulary (sectors, sizes, regions, languages) and its labels: one owner, used by every form, page and export',
};

/** Tests may set up another feature's data with its test helpers (never its repository or tables). */
const isTestHelper = (file: string, target: string) =>
  /\.test\.tsx?$/.test(file) && /\/(test-support|test-fixtures)\.ts$/.test(target);

/** Files that put the app together: they may import every feature. */
const COMPOSITION_ROOT = (file: string) =>
  file === 'app.ts' || file === 'server.ts' || file.startsWith('cli/') || file === 'features/index.ts';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every file under src/ another file under src/ imports, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.relative(SRC, path.resolve(path.dirname(file), name)))
      .filter((name) => !name.startsWith('..'));
    graph.set(path.relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

/** The cycles, one per strongly connected component of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}

const featureOf = (file: string) => /^features\/([^/]+)\//.exec(file)?.[1];

const graph = importGraph();

test('the import graph is read: every feature and the platform are in it', () => {
  // Guards the test itself: a parser or path mistake would otherwise make every check pass.
  assert.ok(graph.size > 100, `only ${graph.size} files found`);
  assert.ok(graph.get('app.ts')?.includes('features/index.ts'), 'app.ts → features/index.ts not seen');
});

test('there is no import cycle in src/', () => {
  const found = cycles(graph);
  assert.deepEqual(
    found.map((c) => c.join(' → ')),
    [],
    `import cycles (each line is a set of files that import one another):\n${found.map((c) => c.join('\n  ')).join('\n\n')}`,
  );
});

test('the platform never imports a feature', () => {
  const wrong = [...graph].flatMap(([file, targets]) =>
    file.startsWith('platform/') ? targets.filter((t) => t.startsWith('features/')).map((t) => `${file} → ${t}`) : [],
  );
  assert.deepEqual(wrong, []);
});

test('a feature imports another feature only through its services or a listed shared helper', () => {
  const wrong = [...graph].flatMap(([file, targets]) => {
    const own = featureOf(file);
    if (!own || COMPOSITION_ROOT(file)) return [];
    return targets
      .filter((t) => {
        const other = featureOf(t);
        if (!other || other === own || t === 'features/index.ts') return false;
        const inOther = t.slice(`features/${other}/`.length);
        const isService = /^service(-[a-z-]+)?\.ts$/.test(inOther);
        return !isService && !(t.slice('features/'.length) in SHARED) && !isTestHelper(file, t);
      })
      .map((t) => `${file} → ${t}`);
  });
  assert.deepEqual(wrong, []);
});

test('nothing but the composition root imports the list of features', () => {
  const wrong = [...graph]
    .filter(([file, targets]) => !COMPOSITION_ROOT(file) && targets.includes('features/index.ts'))
    .map(([file]) => file);
  assert.deepEqual(wrong, []);
});

test('every shared helper in the allow-list exists and is used across features', () => {
  for (const shared of Object.keys(SHARED)) {
    const target = `features/${shared}`;
    assert.ok(graph.has(target), `${target} does not exist: remove it from the list`);
    const users = [...graph].filter(
      ([file, targets]) => targets.includes(target) && featureOf(file) !== featureOf(target),
    );
    assert.ok(users.length > 0, `${target} is not imported by another feature: remove it from the list`);
  }
});
