// Shows what each search's `vae-select` event says (entity and membership).
for (const lang of ['fr', 'en']) {
  document.getElementById(`search-${lang}`).addEventListener('vae-select', (event) => {
    const { entity, membership } = event.detail;
    document.getElementById(`selected-${lang}`).textContent =
      `${entity.name} (${entity.kind} ${entity.code}) : ${membership.status}`;
  });
}
