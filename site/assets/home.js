// The home search: choosing a member opens its page; choosing a commune that
// is not a member says so here and names its member intercommunality (with a
// link to that page). The words come from the page (data-* attributes).
const search = document.getElementById('home-search');
const answer = document.getElementById('search-answer');
const memberPage = (code) =>
  new URL(search.dataset.memberPage.replace('{code}', encodeURIComponent(code)), document.baseURI)
    .href;

search.addEventListener('vae-select', (event) => {
  const { entity, membership } = event.detail;
  if (membership.status === 'member') {
    location.assign(memberPage(membership.member.code));
    return;
  }
  const words =
    membership.status === 'in-member-epci' ? answer.dataset.inEpci : answer.dataset.notMember;
  const [before, after = ''] = words.replace('{name}', entity.name).split('{epci}');
  const paragraph = document.createElement('p');
  paragraph.append(before);
  if (membership.status === 'in-member-epci') {
    const link = document.createElement('a');
    link.href = memberPage(membership.epci.code);
    link.textContent = membership.epci.name;
    paragraph.append(link, after);
  }
  answer.replaceChildren(paragraph);
});
