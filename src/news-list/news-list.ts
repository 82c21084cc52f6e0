import { html, nothing, type PropertyDeclarations } from 'lit';
import { NEWS_FILE } from '../data/files/news-file.js';
import { VaeDataElement, type DerivedView } from '../core/vae-data-element.js';
import type { NewsFile, NewsItem } from '../data/model.js';
import { heading, headingLevel } from '../core/heading.js';
import { OutlineLevelController } from '../core/outline-level.js';
import { DATE_LOCALES, messages } from './messages.js';
import { styles } from './news-list.styles.js';

/** Case- and accent-insensitive key of a tag. */
export const tagKey = (tag: string) =>
  tag.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Newest first (ISO dates sort as text); the dataset's order for one date. */
export function newestFirst(news: readonly NewsItem[]): NewsItem[] {
  return news
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.date.localeCompare(a.item.date) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The network's latest news (the "Lire aussi" items of the programme page):
 * title, places, date, topics and summary, newest first. The content is the
 * source's French; interface words and dates follow `lang`.
 *
 * @summary The latest news of the Ville amie des enfants network.
 *
 * @slot - Fallback content, shown while loading and when the data cannot be loaded.
 * @slot empty - Shown when the `tag` filter matches no item.
 * @slot error - Shown when the data cannot be loaded (over the default slot).
 *
 * @csspart list - The `<ul>` of items.
 * @csspart item - One `<li>`.
 * @csspart article - The `<article>` of one item.
 * @csspart title - The item's heading (level from `heading-level`, else the host page's outline).
 * @csspart meta - The line holding the date and places.
 * @csspart date - The `<time>`.
 * @csspart places - The places named by the item.
 * @csspart summary - The summary.
 * @csspart tags - The `<ul>` of topics.
 * @csspart tag - One topic.
 * @csspart message - The loading, empty or error message.
 *
 * @cssproperty --vae-news-list-gap - Space between items.
 * @cssproperty --vae-news-list-padding - Item padding.
 * @cssproperty --vae-news-list-background - Item background.
 * @cssproperty --vae-news-list-border - Item border.
 * @cssproperty --vae-news-list-radius - Item corner radius.
 * @cssproperty --vae-news-list-title-size - Title font size.
 * @cssproperty --vae-news-list-title-color - Title colour.
 * @cssproperty --vae-news-list-meta-color - Date and places colour.
 * @cssproperty --vae-news-list-tag-background - Topic background (default the accent token).
 * @cssproperty --vae-news-list-tag-color - Topic text colour.
 *
 * @event vae-load - The list is ready; `detail` is the items shown (`NewsItem[]`).
 * @event vae-error - The data could not be loaded; `detail` is `{error, message}`.
 */
export class VaeNewsList extends VaeDataElement<NewsItem[], NewsFile> {
  // lit's static properties, not decorators: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    tag: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  protected readonly dataFile = NEWS_FILE;

  static override styles = styles;

  /** Show at most this many items (newest first). Default: all. */
  limit?: number;

  /** Show only items with this topic (case and accents ignored), e.g. `Actualités`. */
  tag?: string;

  /**
   * Level of each item's heading, 2–6. Default: one below the nearest heading
   * before the element (h2 if none), so the host page's outline skips no level.
   */
  headingLevel?: number;

  private readonly outline = new OutlineLevelController(this);

  protected deriveView(dataset: NewsFile): DerivedView<NewsItem[]> {
    const wanted = this.tag ? tagKey(this.tag) : '';
    let items = newestFirst(dataset.news).filter(
      (item) => !wanted || item.tags.some((tag) => tagKey(tag) === wanted),
    );
    const limit = Math.trunc(Number(this.limit));
    if (limit > 0) items = items.slice(0, limit);
    return items.length
      ? { state: 'ready', view: items }
      : { state: 'empty', reason: messages[this.locale].noMatch };
  }

  protected renderReady(items: NewsItem[]) {
    const level = headingLevel(this.headingLevel, this.outline.level);
    const t = messages[this.locale];
    const dates = new Intl.DateTimeFormat(DATE_LOCALES[this.locale], {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    // The items are the source's French text: say so when the interface is not French.
    const contentLang = this.locale === 'fr' ? nothing : 'fr';
    const uiLang = this.locale === 'fr' ? nothing : this.locale;
    return html`<ul part="list">
      ${items.map(
        (item) =>
          html`<li part="item">
            <article part="article" lang=${contentLang}>
              ${heading(level, 'title', item.title)}
              <p part="meta">
                <time part="date" datetime=${item.date} lang=${uiLang}
                  >${dates.format(new Date(`${item.date}T00:00:00Z`))}</time
                >${
                  item.places.length
                    ? html`<span part="places"
                        ><span lang=${uiLang}>${t.places}</span> ${item.places.join(', ')}</span
                      >`
                    : nothing
                }
              </p>
              <p part="summary">${item.summary}</p>
              ${
                item.tags.length
                  ? html`<ul part="tags" aria-label=${t.tags} lang=${uiLang}>
                      ${item.tags.map(
                        (tag) => html`<li part="tag" lang=${contentLang}>${tag}</li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </article>
          </li>`,
      )}
    </ul>`;
  }
}
