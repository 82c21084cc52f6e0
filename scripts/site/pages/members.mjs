// A page per member (membres/<code>/, en/members/<code>/) and the members
// index by department. Every statement about a title comes from the data and
// the title rules (src/domain/titles.ts): a page never states a title the data
// does not hold, and a commune that is not a member has no page.
import { link, sentences, titles } from '../rules.mjs';
import { relative } from '../paths.mjs';
import { snippetHtml } from '../markdown.mjs';
import { STRINGS, escapeHtml, fill } from '../strings.mjs';
import { imageSnippet } from '../../../site/assets/builder-snippets.js';

const W = {
  fr: {
    indexTitle: 'Les membres du réseau, par département',
    indexDescription:
      'Toutes les communes et intercommunalités membres du réseau Ville amie des enfants, par département.',
    indexIntro:
      '{count} collectivités figurent dans les données du réseau (version {version}). Choisissez un département, puis un membre pour voir son titre.',
    departments: 'Départements',
    kind: { commune: 'Commune', epci: 'Intercommunalité' },
    department: 'Département',
    region: 'Région',
    population: 'Population',
    code: { commune: 'Code INSEE', epci: 'SIREN' },
    officialName: 'Nom officiel',
    seedLabel: 'Nom dans la liste publiée',
    titlesHeading: 'Titres',
    mandate: 'Mandat',
    titleCol: 'Titre',
    status: 'Statut',
    dates: 'Dates du mandat',
    mandateState: 'État du mandat au {date}',
    statusWord: {
      titled: 'Titre obtenu',
      candidate: 'Candidate, titre pas encore attribué',
      withdrawn: 'Titre retiré',
    },
    periodWord: { upcoming: 'à venir', running: 'en cours', ended: 'achevé' },
    fromTo: 'du {start} au {end}',
    fromOnly: 'depuis le {start}',
    noTitle: 'Les données ne lui attribuent aucun titre du programme Ville amie des enfants.',
    communes: 'Communes de l’intercommunalité ({count})',
    communesNote:
      'Le titre d’une intercommunalité ne fait pas de ses communes des «\u00a0Villes amies des enfants\u00a0».',
    inEpci: 'Intercommunalité membre dont elle fait partie\u00a0:',
    badgeHeading: 'Son badge',
    badgeIntro:
      'Le badge affiché sur un site vérifie le titre dans les données du réseau, à chaque visite.',
    noBadge:
      'Pas de badge pour l’instant\u00a0: il existe une fois le titre attribué (une candidature ne donne pas de badge).',
    addBadge: 'Ajouter ce badge à mon site',
    addBadgeIntro:
      'Le générateur donne le code à coller, déjà réglé pour ce membre. Si votre site retire les scripts, collez plutôt cette image\u00a0:',
    dataHeading: 'Ses données',
    dataVersion: 'Version des données\u00a0: {version}, construite le {date}.',
    dataFile: 'Fichier de ce membre (JSON)',
    fullDataset: 'Jeu de données complet (vae.json)',
    svgBadge: 'Badge statique (SVG, français)',
    svgBadgeEn: 'Badge statique (SVG, anglais)',
    fallbackBadge: '{name}, Ville amie des enfants',
    seeMember: 'Voir la page de {name}',
    membersCount: { one: '{n} membre', other: '{n} membres' },
  },
  en: {
    indexTitle: 'The network’s members, by department',
    indexDescription:
      'Every commune and intercommunality member of the Ville amie des enfants network, by department.',
    indexIntro:
      '{count} local authorities are in the network’s data (version {version}). Pick a department, then a member to see its title.',
    departments: 'Departments',
    kind: { commune: 'Commune', epci: 'Intercommunality' },
    department: 'Department',
    region: 'Region',
    population: 'Population',
    code: { commune: 'INSEE code', epci: 'SIREN' },
    officialName: 'Official name',
    seedLabel: 'Name in the published list',
    titlesHeading: 'Titles',
    mandate: 'Mandate',
    titleCol: 'Title',
    status: 'Status',
    dates: 'Mandate dates',
    mandateState: 'Mandate status on {date}',
    statusWord: {
      titled: 'Title awarded',
      candidate: 'Candidate, title not yet awarded',
      withdrawn: 'Title withdrawn',
    },
    periodWord: { upcoming: 'upcoming', running: 'running', ended: 'ended' },
    fromTo: '{start} to {end}',
    fromOnly: 'since {start}',
    noTitle: 'The data gives it no title of the Ville amie des enfants programme.',
    communes: 'Communes of the intercommunality ({count})',
    communesNote:
      'An intercommunality’s title does not make its communes “Villes amies des enfants”.',
    inEpci: 'Member intercommunality it belongs to:',
    badgeHeading: 'Its badge',
    badgeIntro:
      'The badge shown on a website checks the title in the network’s data, at every visit.',
    noBadge: 'No badge yet: it comes once the title is awarded (a candidacy gives no badge).',
    addBadge: 'Add this badge to my site',
    addBadgeIntro:
      'The builder gives the code to paste, set for this member. If your site strips scripts, paste this image instead:',
    dataHeading: 'Its data',
    dataVersion: 'Data version: {version}, built on {date}.',
    dataFile: 'This member’s file (JSON)',
    fullDataset: 'Full dataset (vae.json)',
    svgBadge: 'Static badge (SVG, French)',
    svgBadgeEn: 'Static badge (SVG, English)',
    fallbackBadge: '{name}, Ville amie des enfants',
    seeMember: 'See {name}’s page',
    membersCount: { one: '{n} member', other: '{n} members' },
  },
};

export const MEMBERS_INDEX = { fr: 'membres/', en: 'en/members/' };
export const BUILDER = { fr: 'generateur/', en: 'en/builder/' };

/** The member's page path, from the one rule the badge uses. */
export const memberPath = (code, lang) => link.memberPagePath(code, lang);

/** Departments in the official order: 01…19, 2A, 2B, 21…95, then overseas (971…). */
export function departmentOrder(a, b) {
  const key = (code) => code.replace('2A', '20.1').replace('2B', '20.2').padStart(3, '0');
  return key(a).localeCompare(key(b), 'en', { numeric: true });
}

const plural = (forms, n, lang) =>
  fill(new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other, {
    n: n.toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR'),
  });

/** The status line of the member (the search's own sentence, from the same rules). */
function headline(member, on, lang) {
  return sentences.statusSentence(member, on, lang);
}

function titleRows(member, on, lang) {
  const w = W[lang];
  const day = (iso) => sentences.longDate(iso.slice(0, 10), lang);
  return titles
    .programmeTitles(member)
    .sort((a, b) => b.start.localeCompare(a.start))
    .map((t) => {
      const dates = t.end
        ? fill(w.fromTo, { start: day(t.start), end: day(t.end) })
        : fill(w.fromOnly, { start: day(t.start) });
      const state = w.periodWord[titles.periodState(t, on)];
      return `<tr data-mandate="${escapeHtml(t.mandate)}" data-status="${t.status}"><th scope="row">${escapeHtml(titles.periodLabel(t))}</th><td lang="fr">${escapeHtml(t.title)}</td><td>${escapeHtml(w.statusWord[t.status])}</td><td>${escapeHtml(dates)}</td><td>${escapeHtml(state)}</td></tr>`;
    });
}

/** The static image snippet: the builder's own, linked by the badge's own rule. */
function imageSnippetHtml({ member, lang, badge, dataBase, site, programmeUrl }) {
  const href = link.badgeLink({ code: member.code, lang, dataSite: site, programmeUrl });
  return imageSnippet({ member, lang }, badge, dataBase, href);
}

export function memberPage({ member, dataset, lang, on, epciOf, staticBadges, dataCdnBase }) {
  const w = W[lang];
  const path = memberPath(member.code, lang);
  const to = (p) => relative(path, p);
  const other = lang === 'fr' ? 'en' : 'fr';
  const day = (iso) => sentences.longDate(iso.slice(0, 10), lang);
  const rows = titleRows(member, on, lang);
  const { held } = titles.standingOn(member, on);
  const badge = staticBadges.get(member.code);
  const facts = [
    [w.officialName, escapeHtml(member.name)],
    ...(member.label && member.label !== member.name
      ? [[w.seedLabel, `<span lang="fr">${escapeHtml(member.label)}</span>`]]
      : []),
    [w.code[member.kind], `<code>${escapeHtml(member.code)}</code>`],
    [
      w.department,
      `<a href="${to(MEMBERS_INDEX[lang])}#dep-${escapeHtml(member.department.code)}">${escapeHtml(member.department.name)} (${escapeHtml(member.department.code)})</a>`,
    ],
    [w.region, escapeHtml(member.region.name)],
    ...(member.population
      ? [[w.population, member.population.toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR')]]
      : []),
  ];
  const epci = epciOf.get(member.code);
  const communes =
    member.kind === 'epci' && member.communes?.length
      ? `<section aria-labelledby="communes"><h2 id="communes">${escapeHtml(fill(w.communes, { count: member.communes.length }))}</h2><p>${escapeHtml(w.communesNote)}</p><ul class="columns">${member.communes
          .map(
            (c) =>
              `<li>${escapeHtml(c.name)} <span class="muted">(${escapeHtml(c.code)})</span></li>`,
          )
          .join('')}</ul></section>`
      : '';
  const badgeFallback = badge
    ? `<img src="${to(`data/badges/${lang === 'en' ? 'en/' : ''}${member.code}.svg`)}" width="${badge.width}" height="${badge.height}" alt="${escapeHtml(badge.alt)}" />`
    : escapeHtml(fill(w.fallbackBadge, { name: member.name }));
  const imageSnippet = badge
    ? snippetHtml(
        imageSnippetHtml({
          member,
          lang,
          badge,
          dataBase: dataCdnBase,
          site: dataset.meta.site,
          programmeUrl: dataset.meta.programme.url,
        }),
        'html',
        STRINGS[lang],
      )
    : '';
  const body = `
<p class="kicker">${escapeHtml(w.kind[member.kind])} · ${escapeHtml(member.department.name)} (${escapeHtml(member.department.code)})</p>
<h1 id="member-name">${escapeHtml(member.name)}</h1>
<p class="standing" id="standing">${escapeHtml(headline(member, on, lang) ?? w.noTitle)}</p>
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>
${epci ? `<p>${escapeHtml(w.inEpci)} <a href="${to(memberPath(epci.code, lang))}">${escapeHtml(epci.name)}</a></p>` : ''}
<section aria-labelledby="titles"><h2 id="titles">${escapeHtml(w.titlesHeading)}</h2>
${
  rows.length
    ? `<table class="titles"><thead><tr><th scope="col">${escapeHtml(w.mandate)}</th><th scope="col">${escapeHtml(w.titleCol)}</th><th scope="col">${escapeHtml(w.status)}</th><th scope="col">${escapeHtml(w.dates)}</th><th scope="col">${escapeHtml(fill(w.mandateState, { date: day(on.toISOString()) }))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p>${escapeHtml(w.noTitle)}</p>`
}
</section>
${communes}
<section aria-labelledby="badge"><h2 id="badge">${escapeHtml(w.badgeHeading)}</h2>
${
  held
    ? `<p>${escapeHtml(w.badgeIntro)}</p><div class="badge-preview"><vae-city-badge city="${escapeHtml(member.code)}" lang="${lang}">${badgeFallback}</vae-city-badge></div>
<p><a class="button" href="${to(BUILDER[lang])}?code=${encodeURIComponent(member.code)}">${escapeHtml(w.addBadge)}</a></p>
<p>${escapeHtml(w.addBadgeIntro)}</p>
${imageSnippet}`
    : `<p>${escapeHtml(w.noBadge)}</p>`
}
</section>
<section aria-labelledby="data"><h2 id="data">${escapeHtml(w.dataHeading)}</h2>
<p id="data-version">${escapeHtml(fill(w.dataVersion, { version: dataset.meta.dataVersion ?? '—', date: day(dataset.meta.buildDate) }))}</p>
<ul>
<li><a href="${to(`data/members/${member.code}.json`)}" type="application/json">${escapeHtml(w.dataFile)}</a></li>
<li><a href="${to('data/vae.json')}" type="application/json">${escapeHtml(w.fullDataset)}</a></li>
${badge ? `<li><a href="${to(`data/badges/${member.code}.svg`)}">${escapeHtml(w.svgBadge)}</a></li><li><a href="${to(`data/badges/en/${member.code}.svg`)}">${escapeHtml(w.svgBadgeEn)}</a></li>` : ''}
</ul>
</section>`;
  return {
    lang,
    path,
    // Homonyms exist (Saint-Denis 93 and 974): the department is always shown.
    title: `${member.name} (${member.department.code})`,
    description: headline(member, on, lang) ?? w.noTitle,
    twinPath: memberPath(member.code, other),
    body,
    scripts: held ? ['elements/vae-city-badge.js'] : [],
  };
}

export function membersIndex({ dataset, lang, on }) {
  const w = W[lang];
  const path = MEMBERS_INDEX[lang];
  const to = (p) => relative(path, p);
  const byDepartment = new Map();
  for (const m of dataset.members) {
    const key = m.department.code;
    if (!byDepartment.has(key))
      byDepartment.set(key, { department: m.department, region: m.region, members: [] });
    byDepartment.get(key).members.push(m);
  }
  const departments = [...byDepartment.values()].sort((a, b) =>
    departmentOrder(a.department.code, b.department.code),
  );
  const collator = new Intl.Collator('fr');
  const sections = departments.map(({ department, region, members }) => {
    const items = members
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((m) => {
        const standing = sentences.statusSentence(m, on, lang) ?? w.noTitle;
        return `<li><a href="${to(memberPath(m.code, lang))}">${escapeHtml(m.name)}</a> <span class="muted">— ${escapeHtml(w.kind[m.kind])}. ${escapeHtml(standing)}</span></li>`;
      });
    return `<section aria-labelledby="dep-${escapeHtml(department.code)}"><h2 id="dep-${escapeHtml(department.code)}">${escapeHtml(department.name)} (${escapeHtml(department.code)}) <span class="muted">— ${escapeHtml(region.name)}</span></h2><ul>${items.join('')}</ul></section>`;
  });
  const toc = departments
    .map(
      ({ department, members }) =>
        `<li><a href="#dep-${escapeHtml(department.code)}">${escapeHtml(department.name)} (${escapeHtml(department.code)})</a> <span class="muted">${escapeHtml(plural(w.membersCount, members.length, lang))}</span></li>`,
    )
    .join('');
  const body = `<h1>${escapeHtml(w.indexTitle)}</h1>
<p>${escapeHtml(fill(w.indexIntro, { count: dataset.members.length, version: dataset.meta.dataVersion ?? '—' }))}</p>
<nav aria-labelledby="departments"><h2 id="departments">${escapeHtml(w.departments)}</h2><ul class="columns">${toc}</ul></nav>
${sections.join('\n')}`;
  return {
    lang,
    path,
    title: w.indexTitle,
    navTitle: STRINGS[lang].members,
    nav: 'main',
    order: 20,
    description: w.indexDescription,
    twinPath: MEMBERS_INDEX[lang === 'fr' ? 'en' : 'fr'],
    body,
  };
}

/** Commune code → the member intercommunality it belongs to. */
export function epciIndex(dataset) {
  const map = new Map();
  for (const m of dataset.members)
    if (m.kind === 'epci')
      for (const c of m.communes ?? []) if (!map.has(c.code)) map.set(c.code, m);
  return map;
}
