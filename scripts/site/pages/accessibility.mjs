// The accessibility page (accessibilite/, en/accessibility/): the RGAA 4.1
// statement of docs/accessibilite.md, and a paragraph ready to paste into a
// city's "déclaration d'accessibilité".
import { readFileSync } from 'node:fs';
import { renderMarkdown, snippetHtml } from '../markdown.mjs';
import { relative } from '../paths.mjs';
import { STRINGS, escapeHtml } from '../strings.mjs';
import { referencePath } from './reference.mjs';

export const ACCESSIBILITY = { fr: 'accessibilite/', en: 'en/accessibility/' };

const PARAGRAPH = {
  fr: `<p>Cette page intègre des composants du réseau Ville amie des enfants (UNICEF France), « vae-widgets » version {version}. Leur conformité au RGAA 4.1 est déclarée composant par composant par leurs auteurs : tous les critères applicables sont respectés, vérifiés par des tests automatisés dans trois navigateurs et par des vérifications manuelles décrites dans leur déclaration ({url}). Les composants ne déposent aucun cookie et ne font appel à aucun service tiers. La conformité de la page dépend aussi de la page elle-même (titre, langue, structure, textes de remplacement fournis).</p>`,
  en: `<p>This page embeds components of the Ville amie des enfants network (UNICEF France), “vae-widgets” version {version}. Their conformance with RGAA 4.1 is stated component by component by their authors: every applicable criterion is met, checked by automated tests in three browsers and by the manual checks described in their statement ({url}). The components set no cookie and call no third-party service. The page’s conformance also depends on the page itself (title, language, structure, fallback texts it provides).</p>`,
};

const W = {
  fr: {
    title: 'Accessibilité des composants',
    navTitle: 'Accessibilité',
    description:
      'La déclaration RGAA 4.1 des composants du réseau, et un paragraphe prêt à coller dans la déclaration d’accessibilité de votre site.',
    pasteHeading: 'Pour la déclaration d’accessibilité de votre site',
    pasteIntro:
      'Le RGAA s’applique à une page, pas à un composant\u00a0: la déclaration d’accessibilité reste celle de votre site. Vous pouvez y coller ce paragraphe, qui décrit les composants intégrés (remplacez l’adresse par celle de cette page sur le site du réseau).',
    statementHeading: 'La déclaration composant par composant',
  },
  en: {
    title: 'Accessibility of the components',
    navTitle: 'Accessibility',
    description:
      'The RGAA 4.1 statement of the network’s components, and a paragraph ready to paste into your site’s accessibility statement.',
    pasteHeading: 'For your site’s accessibility statement',
    pasteIntro:
      'RGAA applies to a page, not to a component: the accessibility statement stays your site’s. You may paste this paragraph into it, which describes the embedded components (replace the address with this page’s on the network’s site).',
    statementHeading: 'The statement, component by component',
    frenchOnly:
      'The full statement below is in French, the language of the RGAA and of the French public sites that publish it.',
  },
};

export function accessibilityPage({ lang, version, site, docPath = 'docs/accessibilite.md' }) {
  const w = W[lang];
  const path = ACCESSIBILITY[lang];
  const source = readFileSync(docPath, 'utf8').replace(/^# .*\n/, '');
  // The statement links to the element docs: here, the element reference pages.
  const rewrite = (href) => {
    const element = /^elements\/(vae-[a-z-]+)\.md$/.exec(href);
    if (element) return relative(path, referencePath(element[1], lang));
    return /^https:\/\//.test(href) ? href : undefined;
  };
  const statement = renderMarkdown(source, STRINGS[lang], rewrite)
    .replace(/<h([2-6]) id="/g, (_, depth) => `<h${Math.min(Number(depth) + 1, 6)} id="`)
    .replace(/<\/h([2-6])>/g, (_, depth) => `</h${Math.min(Number(depth) + 1, 6)}>`);
  const paragraph = PARAGRAPH[lang]
    .replace('{version}', escapeHtml(version))
    .replace(
      '{url}',
      site
        ? escapeHtml(new URL(path, site).href)
        : lang === 'en'
          ? '[address of this page]'
          : '[adresse de cette page]',
    );
  const body = `<h1>${escapeHtml(w.title)}</h1>
<section aria-labelledby="paste"><h2 id="paste">${escapeHtml(w.pasteHeading)}</h2>
<p>${escapeHtml(w.pasteIntro)}</p>
${snippetHtml(paragraph, 'html', STRINGS[lang])}
</section>
<section aria-labelledby="statement"><h2 id="statement">${escapeHtml(w.statementHeading)}</h2>
${lang === 'en' ? `<p>${escapeHtml(w.frenchOnly)}</p><div lang="fr">${statement}</div>` : statement}
</section>`;
  return {
    lang,
    path,
    title: w.title,
    navTitle: w.navTitle,
    nav: 'main',
    order: 80,
    description: w.description,
    twinPath: ACCESSIBILITY[lang === 'fr' ? 'en' : 'fr'],
    body,
  };
}
