// Right uses of the typed tags: this file type-checks.
import type {} from 'vae-widgets/types/react';

export const page = (
  <>
    <vae-city-badge city="69123" variant="compact" theme="dark" current-only date={new Date()} />
    <vae-city-search
      label="Votre commune"
      limit={5}
      all-communes
      onvae-select={(event) => {
        const code: string = event.detail.entity.code;
        const status: 'member' | 'in-member-epci' | 'not-member' = event.detail.membership.status;
        console.log(code, status);
      }}
    />
    <vae-partner-list layout="list" heading-level={3} />
    <vae-news-list limit={3} lang="en" />
    <vae-member-count kind="commune" no-animation />
    <vae-city-map view="table" onvae-load={(event) => console.log(event.detail)} />
  </>
);
