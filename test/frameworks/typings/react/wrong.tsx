// Wrong uses: each line marked "error:" must be reported, and no other.
import type {} from 'vae-widgets/types/react';

export const variant = <vae-city-badge city="69123" variant="huge" />; // error: no such variant
export const city = <vae-city-badge city={42} />; // error: city is a string
export const layout = <vae-partner-list layout="table" />; // error: no such layout
export const limit = <vae-news-list limit="three" />; // error: limit is a number
export const state = <vae-city-badge city="69123" state="ready" />; // error: state is read-only
const onKey = (event: KeyboardEvent) => event.key;
export const handler = <vae-city-search onvae-select={onKey} />; // error: not a KeyboardEvent
