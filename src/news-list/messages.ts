import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages<'places' | 'tags' | 'noMatch'>({
  fr: {
    places: 'Lieux :',
    tags: 'Thèmes',
    noMatch: 'Aucune actualité ne correspond à ce thème.',
  },
  en: {
    places: 'Places:',
    tags: 'Topics',
    noMatch: 'No news item matches this topic.',
  },
});

/**
 * Date formats: French "20 janvier 2025"; English "January 20, 2025" (US
 * month-day order, as the issue asks, rather than the en-GB of LOCALES).
 */
export const DATE_LOCALES = { fr: 'fr-FR', en: 'en-US' } as const;
