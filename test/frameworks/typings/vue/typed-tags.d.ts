import type {} from 'vae-widgets/types/vue';
