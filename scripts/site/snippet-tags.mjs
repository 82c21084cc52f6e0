// The pages' snippets name the script they need, not its hash: a line
//   <!-- script: elements/vae-city-badge.js -->
// inside a fenced ```html block becomes, at build, the tags of dist/snippets.json for
// that file (pinned CDN URL, integrity of every chunk), so a pasted snippet is always the
// current build's and no page goes stale when the code changes.
const PLACEHOLDER = /<!-- script: (\S+) -->/g;

/** `markdown` with every script placeholder replaced; throws naming an unknown file. */
export function fillScriptTags(markdown, snippets, where = 'page') {
  return markdown.replace(PLACEHOLDER, (_, file) => {
    const tags = snippets.scripts[file];
    if (!tags)
      throw new Error(
        `${where}: "<!-- script: ${file} -->" names no script of dist/snippets.json (one of: ${Object.keys(snippets.scripts).join(', ')})`,
      );
    return tags;
  });
}
