import type {} from 'vae-widgets/types/svelte';
