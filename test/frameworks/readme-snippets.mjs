// The framework examples of docs/usage.md (the developer's reference, moved there from the
// README) are the apps' code, so the docs and the tested apps cannot drift:
//  - a code block preceded by `<!-- test/frameworks/<path> -->` is the whole file: it is
//    written to that path before the apps are built;
//  - a block preceded by `<!-- in test/frameworks/<path> -->` is a fragment of a committed
//    file (a line of HTML, a JSON setting): the file must contain it.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';

const MARKED_BLOCK = /<!-- (in )?(test\/frameworks\/[^ ]+) -->\s*\n```([a-z]*)\n([\s\S]*?)```/g;

/** The document holding the examples, relative to the repository. */
const EXAMPLES_DOC = 'docs/usage.md';

/** Every marked block of docs/usage.md at `root`: `{ path, code, language, fragment }`. */
export function readmeBlocks(root) {
  const readme = readFileSync(join(root, EXAMPLES_DOC), 'utf8');
  return [...readme.matchAll(MARKED_BLOCK)].map(([, inside, path, language, code]) => ({
    path,
    code,
    language,
    fragment: Boolean(inside),
  }));
}

/** Writes every whole-file block into its app; returns the paths written. */
export function writeReadmeFiles(root) {
  const files = readmeBlocks(root).filter((block) => !block.fragment);
  for (const { path, code } of files) writeFileSync(join(root, path), code);
  return files.map(({ path }) => path);
}

/** The fragment blocks that their file does not contain (an empty list when in step). */
export function missingReadmeFragments(root) {
  return readmeBlocks(root)
    .filter((block) => block.fragment)
    .filter(({ path, code, language }) => {
      const file = readFileSync(join(root, path), 'utf8');
      if (language === 'json') return !containsObject(JSON.parse(file), JSON.parse(code));
      return !file.includes(code.trim());
    })
    .map(({ path }) => path);
}

/** Whether some object in `tree` has every key of `fragment` with an equal value. */
function containsObject(tree, fragment) {
  if (typeof tree !== 'object' || tree === null) return false;
  const matches = Object.entries(fragment).every(([key, value]) =>
    isDeepStrictEqual(tree[key], value),
  );
  return matches || Object.values(tree).some((child) => containsObject(child, fragment));
}
