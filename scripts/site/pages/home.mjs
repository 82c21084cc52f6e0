// The home page: what the label is (site/content/<lang>/index.md), the
// counter, the search whose choice opens the member's page, the map with its
// table. Each element has a plain-HTML fallback written from the data here,
// so the page says the same with JavaScript off.
import { choice, countMessages } from '../rules.mjs';
import { relative } from '../paths.mjs';
import { escapeHtml, fill } from '../strings.mjs';
import { MEMBERS_INDEX, departmentOrder } from './members.mjs';

const W = {
  fr: {
    count: '{n} collectivités Ville amie des enfants',
    countPast:
      '{n} collectivités ont obtenu le titre Ville amie des enfants pour le mandat {period}',
    searchHeading: 'Votre commune est-elle Ville amie des enfants\u00a0?',
    searchLabel: 'Votre commune est-elle Ville amie des enfants\u00a0?',
    searchFallback:
      'La recherche a besoin de JavaScript. Sans lui, consultez la liste des membres par département\u00a0:',
    searchFallbackLink: 'les membres par département',
    mapHeading: 'Le réseau sur la carte',
    mapCaption: 'Nombre de membres par département',
    department: 'Département',
    members: 'Membres',
    notMember: '{name} n’est pas membre du réseau Ville amie des enfants.',
    inEpci:
      '{name} n’est pas membre du réseau elle-même\u00a0; son intercommunalité, {epci}, en est membre (titre «\u00a0Intercommunalité amie des enfants\u00a0»).',
  },
  en: {
    count: '{n} Child Friendly Cities',
    countPast:
      '{n} local authorities held the Ville amie des enfants title for the {period} mandate',
    searchHeading: 'Is your town a Ville amie des enfants?',
    searchLabel: 'Is your town a Ville amie des enfants?',
    searchFallback: 'The search needs JavaScript. Without it, see the members by department:',
    searchFallbackLink: 'the members by department',
    mapHeading: 'The network on the map',
    mapCaption: 'Number of members per department',
    department: 'Department',
    members: 'Members',
    notMember: '{name} is not a member of the Ville amie des enfants network.',
    inEpci:
      '{name} is not itself a member; its intercommunality, {epci}, is (“Intercommunalité amie des enfants” title).',
  },
};

/** The counter's sentence, in its own words (as <vae-member-count> writes it once loaded). */
function countLabel(count, chosen, lang) {
  const locale = lang === 'en' ? 'en-GB' : 'fr-FR';
  const plural = new Intl.PluralRules(locale).select(count) === 'one' ? 'One' : 'Other';
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    chosen.mandates.map((id) => id.replace('-', '–')),
  );
  const words = countMessages.mandateWords[lang];
  const mandates = fill(chosen.mandates.length > 1 ? words.other : words.one, { list });
  const label = fill(countMessages.messages[lang][`${chosen.tense}All${plural}`], { mandates });
  return `${new Intl.NumberFormat(locale).format(count)} ${label}`;
}

export function homePage({ dataset, lang, on, intro, titleText, description }) {
  const w = W[lang];
  const path = lang === 'en' ? 'en/' : '';
  const to = (p) => relative(path, p);
  const chosen = choice.titleChoice(dataset.members, dataset.meta.mandates, on);
  const counted = dataset.members.filter((m) => choice.matchesChoice(m, chosen));
  const countText = countLabel(counted.length, chosen, lang);
  const perDepartment = new Map();
  for (const m of counted) {
    const d = m.department;
    perDepartment.set(d.code, {
      department: d,
      count: (perDepartment.get(d.code)?.count ?? 0) + 1,
    });
  }
  const rows = [...perDepartment.values()]
    .sort((a, b) => departmentOrder(a.department.code, b.department.code))
    .map(
      ({ department, count }) =>
        `<tr><th scope="row"><a href="${to(MEMBERS_INDEX[lang])}#dep-${escapeHtml(department.code)}">${escapeHtml(department.name)} (${escapeHtml(department.code)})</a></th><td>${count}</td></tr>`,
    )
    .join('');
  const membersTemplate = lang === 'en' ? 'members/{code}/' : 'membres/{code}/';
  const body = `<h1>${escapeHtml(titleText)}</h1>
<div class="intro">${intro}</div>
<p class="counter"><vae-member-count lang="${lang}">${escapeHtml(countText)}</vae-member-count></p>
<section aria-labelledby="search-heading" class="search">
<h2 id="search-heading">${escapeHtml(w.searchHeading)}</h2>
<vae-city-search id="home-search" all-communes lang="${lang}" label="${escapeHtml(w.searchLabel)}" data-member-page="${escapeHtml(membersTemplate)}"><p>${escapeHtml(w.searchFallback)} <a href="${to(MEMBERS_INDEX[lang])}">${escapeHtml(w.searchFallbackLink)}</a>.</p></vae-city-search>
<div id="search-answer" class="answer" role="status" data-not-member="${escapeHtml(w.notMember)}" data-in-epci="${escapeHtml(w.inEpci)}"></div>
</section>
<section aria-labelledby="map-heading">
<h2 id="map-heading">${escapeHtml(w.mapHeading)}</h2>
<vae-city-map lang="${lang}" href="${escapeHtml(membersTemplate)}"><table class="counts"><caption>${escapeHtml(w.mapCaption)}</caption><thead><tr><th scope="col">${escapeHtml(w.department)}</th><th scope="col">${escapeHtml(w.members)}</th></tr></thead><tbody>${rows}</tbody></table></vae-city-map>
</section>`;
  return {
    lang,
    path,
    title: titleText,
    navTitle: lang === 'en' ? 'Home' : 'Accueil',
    nav: 'main',
    order: 0,
    description,
    twinPath: lang === 'en' ? '' : 'en/',
    body,
    scripts: [
      'elements/vae-member-count.js',
      'elements/vae-city-search.js',
      'elements/vae-city-map.js',
      'assets/home.js',
    ],
  };
}
