// Content pages: Markdown with YAML front matter (gray-matter), rendered by
// marked. A fenced ```html block is a snippet the reader copies: it is shown
// as code with a copy button (site/assets/copy.js), never run.
import matter from 'gray-matter';
import { Marked } from 'marked';
import { escapeHtml } from './strings.mjs';

let snippetCount = 0;

/** A code block with its copy button; `id` ties the button to the code. */
export function snippetHtml(code, lang, labels, language = 'html') {
  snippetCount += 1;
  const id = `snippet-${snippetCount}`;
  return (
    `<div class="snippet"><pre><code id="${id}" class="language-${escapeHtml(language)}">${escapeHtml(code.replace(/\n$/, ''))}</code></pre>` +
    `<button type="button" class="copy" data-copy="${id}" hidden>${escapeHtml(labels.copyCode)}</button></div>\n`
  );
}

/** A marked instance for one page: snippets with copy buttons, links rewritten by `rewriteLink`. */
function markedFor(labels, rewriteLink) {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang === 'html') return snippetHtml(text, lang, labels);
        return `<pre><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(text)}</code></pre>\n`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        const target = rewriteLink ? rewriteLink(href) : href;
        if (target === undefined) return text;
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
      },
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        const id = slug(text.replace(/<[^>]+>/g, ''));
        return `<h${depth} id="${id}">${text}</h${depth}>\n`;
      },
    },
  });
  return marked;
}

/** A heading's anchor: lower case, accents folded, words joined by hyphens. */
export function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Markdown text → HTML. `rewriteLink(href)` may change a link, or drop it (undefined: text only). */
export function renderMarkdown(text, labels, rewriteLink) {
  return markedFor(labels, rewriteLink).parse(text);
}

/** A content file → {data (front matter), html}; fails naming the file when `title` is missing. */
export function readContent(source, file, labels, rewriteLink) {
  const { data, content } = matter(source);
  if (typeof data.title !== 'string' || !data.title.trim())
    throw new Error(`${file}: the front matter needs a "title" (title: …)`);
  return { data, html: renderMarkdown(content, labels, rewriteLink) };
}
