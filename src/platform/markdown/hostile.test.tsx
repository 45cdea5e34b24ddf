// The Markdown renderer against text written to hurt (ADR 0013): user-written rich text will be
// rendered with it, so nothing typed may become markup, a script or a dangerous link, and no
// input may make it slow.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Markdown } from '../views/markdown.tsx';
import { markdownToPlainText } from '../mail/plain-text.ts';
import { isSafeHref, parseMarkdown } from './parse.ts';

const labels = { footnotes: 'Footnotes', backToReference: 'Back to the text' };
const render = (source: string) => renderToString(<Markdown source={source} labels={labels} />);

/** Every href in the HTML. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe('Markdown against hostile input', () => {
  test('raw HTML is shown as text: no element, no attribute, no event handler', () => {
    const html = render(
      [
        '<script>alert(1)</script>',
        '',
        'Hi <img src=x onerror="alert(1)"> there',
        '',
        '"><svg onload=alert(1)>',
        '',
        '<a href="javascript:alert(1)">click</a>',
        '',
        '<iframe src="https://evil.example"></iframe>',
        '',
        '<style>body{display:none}</style>',
      ].join('\n'),
    );
    for (const tag of ['script', 'img', 'svg', 'iframe', 'style'])
      assert.doesNotMatch(html, new RegExp(`<${tag}`, 'i'));
    assert.doesNotMatch(html, /<a href="javascript/i);
    assert.match(html, /&lt;script>alert\(1\)&lt;\/script>/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;>|&lt;img src=x onerror="alert\(1\)">/);
  });

  test('javascript:, data:, vbscript: and other schemes never become links, however they are written', () => {
    const sources = [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x](&#x6A;avascript&colon;alert(1))',
      '[x](java%0ascript:alert(1))',
      '[x]( javascript:alert(1) )',
      '[x](<javascript:alert(1)>)',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[x](vbscript:msgbox(1))',
      '[x](file:///etc/passwd)',
      '[x](//evil.example/a)',
      '[x](/\\evil.example)',
      '[x](https:evil.example)',
      '<javascript:alert(1)>',
      '<data:text/html,<script>alert(1)</script>>',
      '[x][r]\n\n[r]: javascript:alert(1)',
      '![x](javascript:alert(1))',
      '![x](https://tracker.example/pixel.png)',
    ];
    for (const source of sources) {
      const html = render(source);
      for (const href of hrefs(html)) assert.ok(isSafeHref(href), `${source} gave href="${href}"`);
      assert.doesNotMatch(html, /href="(?:javascript|data|vbscript|file):/i, source);
      assert.doesNotMatch(html, /<img/i, source);
    }
  });

  test('safe links work: http, https, mailto, relative, and autolinks', () => {
    const html = render(
      '[a](https://example.be/x?y=1&z=2) [b](http://example.be) [c](mailto:info@example.be) [d](/nl/charter) [e](#part) <https://example.be/auto>',
    );
    assert.deepEqual(hrefs(html), [
      'https://example.be/x?y=1&amp;z=2',
      'http://example.be',
      'mailto:info@example.be',
      '/nl/charter',
      '#part',
      'https://example.be/auto',
    ]);
    // An address written out without brackets stays text (no linkify).
    assert.doesNotMatch(render('see www.example.be or https://example.be'), /<a/);
  });

  test('isSafeHref decides alone, for the other renderers too', () => {
    for (const ok of ['https://a.be', 'HTTP://A.BE', 'mailto:a@b.be', '/x', '#x', '?q=1', './x', '../x', 'page/x'])
      assert.ok(isSafeHref(ok), ok);
    for (const bad of ['javascript:x', 'data:x', '//a.be', '/\\a.be', 'https:a.be', 'java\tscript:x', ' /x', 'x:y', ''])
      assert.equal(isSafeHref(bad), false, bad);
  });

  test('HTML entities are decoded once and escaped again, never turned into markup', () => {
    const html = render('&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &#60;b&#62; &copy; &#0; &#xD800;');
    assert.doesNotMatch(html, /<script|<b>/);
    assert.match(html, /&lt;script>alert\(1\)&lt;\/script>/);
    assert.match(html, /&amp;lt;/);
    assert.match(html, /©/);
  });

  test('deep nesting and long runs of markup characters finish fast', () => {
    // 20 to 40 KB each, several times what a form accepts (text fields are capped at a few
    // thousand characters). markdown-it's emphasis pairing grows faster than linearly on one
    // long run of underscores (about 1 s at 40,000 on a busy machine), so forms must cap lengths.
    const sources = [
      `${'> '.repeat(20_000)}deep`,
      `${'- '.repeat(20_000)}deep`,
      Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
      '*'.repeat(40_000),
      '*a '.repeat(13_000),
      '['.repeat(40_000),
      '[x]('.repeat(10_000),
      '_'.repeat(10_000) + 'x' + '_'.repeat(10_000),
      '**'.repeat(10_000) + 'x' + '**'.repeat(10_000),
      '`'.repeat(40_000),
      '<'.repeat(40_000),
      '[^'.repeat(20_000),
      'a[^1]'.repeat(4_000) + '\n\n[^1]: n',
      '\\'.repeat(40_000),
      '&#'.repeat(20_000),
    ];
    for (const source of sources) {
      const started = performance.now();
      const html = render(source);
      markdownToPlainText(source);
      const ms = performance.now() - started;
      // Linear work takes a few hundred milliseconds here even on a machine shared by many;
      // quadratic work on these sizes would take minutes.
      assert.ok(ms < 2000, `${source.slice(0, 20)}… took ${Math.round(ms)} ms`);
      assert.ok(html.length > 0);
    }
  });

  test('nesting is capped at twenty levels, of blocks and of emphasis', () => {
    const quotes = render(`${'> '.repeat(500)}deep\n\nafter`);
    assert.ok((quotes.match(/<blockquote>/g) ?? []).length <= 20);
    assert.match(quotes, /<p>after<\/p>/);
    const emphasis = render(`${'*a '.repeat(100)}x${' a*'.repeat(100)}`);
    assert.ok((emphasis.match(/<em>/g) ?? []).length <= 20);
    assert.equal((emphasis.match(/<em>/g) ?? []).length, (emphasis.match(/<\/em>/g) ?? []).length);
  });

  test('the plain-text mail rendering carries no markup and no unsafe link', () => {
    const text = markdownToPlainText('Hi <b>x</b> [a](javascript:alert(1)) [b](https://a.be) **c**');
    assert.equal(text, 'Hi <b>x</b> [a](javascript:alert(1)) b (https://a.be) c');
    assert.equal(parseMarkdown('<!-- hidden -->').blocks.length, 0);
  });
});
