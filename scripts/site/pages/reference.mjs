// The element reference pages (composants/<tag>/, en/elements/<tag>/) and
// their index, from custom-elements.json through element-reference.mjs (the
// rows docs/api.md shows too). Each page has a live example and its code: the
// same markup, shown once as code and once as the element itself.
import { renderMarkdown, snippetHtml } from '../markdown.mjs';
import { relative } from '../paths.mjs';
import { STRINGS, escapeHtml } from '../strings.mjs';
import { manifestElements, referenceSections } from '../element-reference.mjs';

export const REFERENCE = { fr: 'composants/', en: 'en/elements/' };
export const referencePath = (tag, lang) => `${REFERENCE[lang]}${tag}/`;

/** The live example of each element (the site's own copy of the code and the data). */
const EXAMPLES = {
  'vae-city-badge': (lang) =>
    `<vae-city-badge city="69123" lang="${lang}">Lyon, Ville amie des enfants</vae-city-badge>`,
  'vae-city-search': (lang) => `<vae-city-search lang="${lang}"></vae-city-search>`,
  'vae-member-count': (lang) =>
    `<vae-member-count department="69" lang="${lang}"></vae-member-count>`,
  'vae-partner-list': (lang) =>
    `<vae-partner-list category="institution" layout="list" lang="${lang}"></vae-partner-list>`,
  'vae-news-list': (lang) => `<vae-news-list limit="3" lang="${lang}"></vae-news-list>`,
  'vae-city-map': (lang) => `<vae-city-map view="table" region="84" lang="${lang}"></vae-city-map>`,
};

const W = {
  fr: {
    indexTitle: 'Référence des composants',
    navTitle: 'Composants',
    indexDescription:
      'Les six composants du réseau\u00a0: attributs et leurs valeurs par défaut, événements, emplacements, parties et propriétés CSS, avec un exemple en direct.',
    indexIntro:
      'Chaque page décrit un composant tel que son code le documente (attributs et valeurs par défaut, événements et leur contenu, emplacements, parties, propriétés CSS), avec un exemple en direct et son code. Les descriptions techniques sont en anglais, comme le code.',
    example: 'Exemple en direct',
    exampleCode: 'Son code',
    scriptNote:
      'Sur votre site, chargez d’abord le script du composant (le générateur donne la balise avec son empreinte d’intégrité).',
    builder: 'Obtenir le code dans le générateur',
    reference: 'Référence',
  },
  en: {
    indexTitle: 'Element reference',
    navTitle: 'Elements',
    indexDescription:
      'The network’s six elements: attributes and their defaults, events, slots, parts and CSS properties, with a live example.',
    indexIntro:
      'Each page describes an element as its code documents it (attributes and defaults, events and their detail, slots, parts, CSS properties), with a live example and its code.',
    example: 'Live example',
    exampleCode: 'Its code',
    scriptNote:
      'On your site, load the element’s script first (the builder gives the tag with its integrity hash).',
    builder: 'Get the code in the builder',
    reference: 'Reference',
  },
};

const inline = (text) => renderMarkdown(text ?? '', STRINGS.en).replace(/^<p>|<\/p>\n?$/g, '');

function sectionHtml(section) {
  const cell = (value) =>
    value.code !== undefined ? `<code>${escapeHtml(value.code)}</code>` : inline(value.text);
  return `<section aria-labelledby="${section.id}"><h3 id="${section.id}">${escapeHtml(section.title)}</h3>
<div class="table-scroll"><table><thead><tr>${section.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${section.rows.map((row) => `<tr>${row.map((value, i) => (i === 0 ? `<th scope="row">${cell(value)}</th>` : `<td>${cell(value)}</td>`)).join('')}</tr>`).join('')}</tbody></table></div></section>`;
}

export function referencePages({ manifest, lang, builderPath }) {
  const w = W[lang];
  const other = lang === 'fr' ? 'en' : 'fr';
  const elements = manifestElements(manifest);
  const pages = elements.map((element) => {
    const tag = element.tagName;
    const path = referencePath(tag, lang);
    const example = EXAMPLES[tag]?.(lang) ?? `<${tag} lang="${lang}"></${tag}>`;
    const body = `<h1><code>&lt;${escapeHtml(tag)}&gt;</code></h1>
<p lang="en">${inline(element.summary ?? element.description)}</p>
<section aria-labelledby="example"><h2 id="example">${escapeHtml(w.example)}</h2>
<div class="example">${example}</div>
<h3 id="example-code">${escapeHtml(w.exampleCode)}</h3>
${snippetHtml(example, 'html', STRINGS[lang])}
<p>${escapeHtml(w.scriptNote)} <a href="${relative(path, builderPath)}">${escapeHtml(w.builder)}</a>.</p>
</section>
<section aria-labelledby="reference"><h2 id="reference">${escapeHtml(w.reference)}</h2>
<div lang="en">${referenceSections(element).map(sectionHtml).join('\n')}</div>
</section>`;
    return {
      lang,
      path,
      title: `<${tag}>`,
      nav: REFERENCE[lang].replace(/^en\//, '').replace(/\/$/, ''), // the index's folder: its side navigation
      order: elements.indexOf(element),
      description: element.summary ?? '',
      twinPath: referencePath(tag, other),
      body,
      scripts: [`elements/${tag}.js`],
    };
  });
  const index = {
    lang,
    path: REFERENCE[lang],
    title: w.indexTitle,
    navTitle: w.navTitle,
    nav: 'main',
    order: 50,
    description: w.indexDescription,
    twinPath: REFERENCE[other],
    body: `<h1>${escapeHtml(w.indexTitle)}</h1><p>${escapeHtml(w.indexIntro)}</p><ul>${elements
      .map(
        (e) =>
          `<li><a href="${relative(REFERENCE[lang], referencePath(e.tagName, lang))}"><code>&lt;${escapeHtml(e.tagName)}&gt;</code></a> — <span lang="en">${inline(e.summary ?? '')}</span></li>`,
      )
      .join('')}</ul>`,
  };
  return [index, ...pages];
}
