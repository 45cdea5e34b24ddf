// Tests for the platform's Markdown renderer (src/platform/views/markdown.tsx), kept with the
// charter, its first user.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Markdown, parseMarkdown, stripComments } from '../../platform/views/markdown.tsx';

const labels = { footnotes: 'Footnotes', backToReference: 'Back to the text' };
const render = (source: string, extra: { headingLevel?: number; withoutTitle?: boolean; idPrefix?: string } = {}) =>
  renderToString(<Markdown source={source} labels={labels} {...extra} />);

describe('Markdown renderer', () => {
  test('markup in the text is shown as text, never as HTML', () => {
    const html = render(
      'Hello <script>alert(1)</script> and <b onclick="x()">bold</b>\n\n- <img src=x onerror=alert(1)>',
    );
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<b /);
    assert.match(html, /&lt;script>alert\(1\)&lt;\/script>/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)>/);
  });

  test('links keep only safe targets; a refused one stays as the text that was typed', () => {
    const html = render(
      '[ok](https://example.be/a) [bad](javascript:alert) [worse](//evil.example) [mail](mailto:a@b.be)',
    );
    assert.match(html, /<a href="https:\/\/example.be\/a">ok<\/a>/);
    assert.match(html, /<a href="mailto:a@b.be">mail<\/a>/);
    assert.doesNotMatch(html, /href="(javascript|\/\/)/);
    assert.match(html, /<\/a> \[bad\]\(javascript:alert\) \[worse\]\(\/\/evil.example\) <a/);
  });

  test('headings are shifted so that the page keeps its single h1', () => {
    const html = render('# Title\n\n## Part\n\n### Sub');
    assert.doesNotMatch(html, /<h1/);
    assert.match(html, /<h2>Title<\/h2><h3>Part<\/h3><h4>Sub<\/h4>/);
    const shifted = render('# Title\n\n## Part', { headingLevel: 3 });
    assert.match(shifted, /<h3>Title<\/h3><h4>Part<\/h4>/);
    // Even when asked for level 1, nothing becomes an h1.
    assert.doesNotMatch(render('# Title', { headingLevel: 1 }), /<h1/);
    const untitled = render('# Title\n\n## Part', { headingLevel: 2, withoutTitle: true });
    assert.doesNotMatch(untitled, /Title/);
    assert.match(untitled, /<h3>Part<\/h3>/);
  });

  test('paragraphs, ordered and unordered lists, emphasis', () => {
    const html = render(
      'One line\nsame paragraph.\n\nSecond *soft* and **strong** and _under_ and snake_case_word.\n\n1. first\n2. second\n   continued\n\n- a\n- b\n\n3. three\n4. four',
    );
    assert.match(html, /<p>One line\nsame paragraph.<\/p>/);
    assert.match(html, /<em>soft<\/em>/);
    assert.match(html, /<strong>strong<\/strong>/);
    assert.match(html, /<em>under<\/em>/);
    assert.match(html, /snake_case_word/);
    assert.match(html, /<ol><li>first<\/li><li>second\ncontinued<\/li><\/ol>/);
    assert.match(html, /<ul><li>a<\/li><li>b<\/li><\/ul>/);
    assert.match(html, /<ol start="3"><li>three<\/li><li>four<\/li><\/ol>/);
  });

  test('an unmatched asterisk stays as it is', () => {
    assert.match(render('2 * 3 = 6 and *open'), /<p>2 \* 3 = 6 and \*open<\/p>/);
  });

  test('HTML comments are dropped, even over several lines', () => {
    assert.equal(stripComments('a<!-- x\ny -->b'), 'ab');
    const html = render('<!-- editorial note\n  on two lines -->\n# Title\n\nText <!-- inline --> here.');
    assert.doesNotMatch(html, /editorial|inline|&lt;!--/);
    assert.match(html, /<p>Text  here.<\/p>/);
  });

  test('footnotes: numbered by first reference, linked both ways, labelled for screen readers', () => {
    const html = render(
      'Organisation[^2] and again[^2].\n\nOther[^a].\n\n[^2]: Companies *and* bodies.\n[^a]: Second note.',
      {
        idPrefix: 'c-',
      },
    );
    // The label "2" is shown as number 1: numbers follow the order of reading.
    assert.match(html, /<sup><a href="#c-fn-2" id="c-fnref-2" aria-describedby="c-footnotes-label">1<\/a><\/sup>/);
    assert.match(html, /id="c-fnref-2-2"/);
    assert.match(html, /<sup><a href="#c-fn-a" id="c-fnref-a" aria-describedby="c-footnotes-label">2<\/a><\/sup>/);
    assert.match(html, /<section aria-labelledby="c-footnotes-label"><h3 id="c-footnotes-label">Footnotes<\/h3><ol>/);
    assert.match(
      html,
      /<li id="c-fn-2">Companies <em>and<\/em> bodies. <a href="#c-fnref-2" aria-label="Back to the text">/,
    );
    assert.ok(html.indexOf('id="c-fn-2"') < html.indexOf('id="c-fn-a"'));
    // The definitions themselves are not shown as paragraphs.
    assert.doesNotMatch(html, /\[\^2\]/);
  });

  test('a reference without a definition stays as text', () => {
    assert.match(render('See[^9].'), /<p>See\[\^9\].<\/p>/);
  });

  test('parseMarkdown gives the blocks and the footnotes referred to', () => {
    const parsed = parseMarkdown('# T\n\n1. a[^1]\n2. b\n\n[^1]: note');
    assert.deepEqual(parsed.blocks[0], { type: 'heading', level: 1, children: [{ type: 'text', text: 'T' }], source: 'T' });
    const list = parsed.blocks[1];
    assert.ok(list?.type === 'list' && list.ordered && list.items.length === 2);
    assert.equal(list.items[0]![0]!.type === 'paragraph' && list.items[0]![0]!.source, 'a[^1]');
    assert.equal(parsed.footnotes.length, 1);
    assert.deepEqual(
      { label: parsed.footnotes[0]!.label, number: parsed.footnotes[0]!.number, references: parsed.footnotes[0]!.references },
      { label: '1', number: 1, references: 1 },
    );
  });
});
