// A parser for the WordPress plugin readme.txt, following the documented standard
// (developer.wordpress.org/plugins/wordpress-org/how-your-readme-txt-works/ and the
// example readme at wordpress.org/plugins/readme/): `=== Plugin Name ===`, header fields
// (`Name: value`), a blank line, a short description (plain text, at most 150 characters),
// then `== Section ==` blocks, with `= Subsection =` inside them.

const HEADER_FIELDS = [
  'Contributors',
  'Donate link',
  'Tags',
  'Requires at least',
  'Tested up to',
  'Requires PHP',
  'Stable tag',
  'License',
  'License URI',
];
const SECTIONS = [
  'Description',
  'Installation',
  'Frequently Asked Questions',
  'Screenshots',
  'Changelog',
  'Upgrade Notice',
];

/** `{ name, headers, shortDescription, sections: {title: text}, problems: [...] }`. */
export function parseReadme(text) {
  const problems = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = /^=== (.+) ===$/.exec(lines[0] ?? '');
  if (!title) problems.push('line 1: the plugin name as "=== Plugin Name ==="');
  let line = 1;
  const headers = {};
  for (; line < lines.length && lines[line].trim() !== ''; line++) {
    const field = /^([A-Za-z][A-Za-z ]*[A-Za-z]):\s*(.*)$/.exec(lines[line]);
    if (!field) problems.push(`line ${line + 1}: not a "Field: value" header line`);
    else if (!HEADER_FIELDS.includes(field[1]))
      problems.push(`line ${line + 1}: unknown header field "${field[1]}"`);
    else headers[field[1]] = field[2].trim();
  }
  while (line < lines.length && lines[line].trim() === '') line++;
  const summary = [];
  for (; line < lines.length && !/^== /.test(lines[line]); line++) summary.push(lines[line]);
  const shortDescription = summary.join(' ').trim();
  const sections = {};
  let current;
  for (; line < lines.length; line++) {
    const heading = /^== (.+) ==$/.exec(lines[line]);
    if (heading) {
      current = heading[1];
      if (!SECTIONS.includes(current))
        problems.push(`line ${line + 1}: unknown section "${current}"`);
      if (current in sections) problems.push(`line ${line + 1}: section "${current}" twice`);
      sections[current] = '';
    } else if (/^==/.test(lines[line])) {
      problems.push(`line ${line + 1}: a section heading is "== Title ==" on its own line`);
    } else if (current) sections[current] += `${lines[line]}\n`;
  }
  for (const [name, value] of Object.entries(sections)) sections[name] = value.trim();
  return { name: title?.[1], headers, shortDescription, sections, problems };
}

/** What the standard asks of a readme that a directory would accept; [] when it does. */
export function readmeProblems(readme) {
  const problems = [...readme.problems];
  for (const field of ['Requires at least', 'Tested up to', 'Stable tag', 'License'])
    if (!readme.headers[field]) problems.push(`header "${field}" is missing`);
  for (const field of ['Requires at least', 'Tested up to', 'Requires PHP'])
    if (readme.headers[field] && !/^\d+\.\d+(\.\d+)?$/.test(readme.headers[field]))
      problems.push(`"${field}" is a version number (e.g. 6.1), not "${readme.headers[field]}"`);
  const tags = (readme.headers.Tags ?? '').split(',').filter((tag) => tag.trim());
  if (tags.length > 5) problems.push(`${tags.length} tags: the directory keeps the first 5 only`);
  if (!readme.shortDescription) problems.push('no short description after the header');
  if (readme.shortDescription.length > 150)
    problems.push(
      `short description of ${readme.shortDescription.length} characters (at most 150)`,
    );
  if (/[<>*`[\]#]/.test(readme.shortDescription))
    problems.push('the short description is plain text (no markup)');
  if (!readme.sections.Description) problems.push('no "== Description ==" section');
  return problems;
}
