import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/news-list/news-list.define.js';
import type { VaeNewsList } from '../../src/news-list/news-list.js';
import type { Dataset, NewsItem } from '../../src/data/model.js';
import { builtDataset, settled, shadowText } from '../helpers.js';

const SLOW = '/faults/slow?ms=1500&k=news';
const articles = (el: Element) => [...el.shadowRoot!.querySelectorAll('article')];
const times = (el: Element) => [...el.shadowRoot!.querySelectorAll('time')];

describe('<vae-news-list>', () => {
  let news: NewsItem[];
  before(async () => {
    news = ((await builtDataset()) as Dataset).news;
  });

  it('passes axe (fr, en, loading, empty, error)', async () => {
    const el = await fixture<VaeNewsList>(html`<vae-news-list></vae-news-list>`);
    await settled(el);
    await expect(el).to.be.accessible();
    const en = await fixture<VaeNewsList>(html`<vae-news-list lang="en"></vae-news-list>`);
    await settled(en);
    await expect(en).to.be.accessible();
    const loading = await fixture<VaeNewsList>(
      html`<vae-news-list src=${SLOW}><p>Actualités du réseau</p></vae-news-list>`,
    );
    await loading.updateComplete;
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    const empty = await fixture<VaeNewsList>(html`<vae-news-list tag="nothing"></vae-news-list>`);
    await settled(empty);
    expect(empty.state).to.equal('empty');
    await expect(empty).to.be.accessible();
    const error = await fixture<VaeNewsList>(
      html`<vae-news-list src="/faults/500"></vae-news-list>`,
    );
    await settled(error);
    expect(error.state).to.equal('error');
    await expect(error).to.be.accessible();
  });

  it('shows the 9 items newest first, as articles with title, date, places, tags, summary', async () => {
    const el = await fixture<VaeNewsList>(html`<vae-news-list></vae-news-list>`);
    await settled(el);
    expect(articles(el)).to.have.length(9);
    const dates = times(el).map((t) => t.getAttribute('datetime')!);
    expect(dates).to.deep.equal([...news.map((n) => n.date)].sort().reverse());
    const newest = [...news].sort((a, b) => b.date.localeCompare(a.date))[0];
    const first = articles(el)[0];
    expect(first.querySelector('h2[part="title"]')!.textContent).to.equal(newest.title);
    expect(first.querySelector('[part~="summary"]')!.textContent).to.equal(newest.summary);
    expect([...first.querySelectorAll('[part~="tag"]')].map((li) => li.textContent)).to.deep.equal(
      newest.tags,
    );
    const withPlaces = articles(el).find((a) => a.textContent!.includes('Marseille'))!;
    expect(withPlaces.querySelector('[part~="places"]')!.textContent).to.contain(
      'Lieux : Aix-en-Provence, Marseille',
    );
    // Items without places show no empty "Lieux".
    expect(articles(el).filter((a) => a.querySelector('[part~="places"]'))).to.have.length(
      news.filter((n) => n.places.length).length,
    );
  });

  it('formats dates: "20 janvier 2025" in French, "January 20, 2025" in English', async () => {
    const fr = await fixture<VaeNewsList>(html`<vae-news-list></vae-news-list>`);
    await settled(fr);
    const frTime = times(fr).find((t) => t.dateTime === '2025-01-20')!;
    expect(frTime.textContent).to.equal('20 janvier 2025');
    const en = await fixture<VaeNewsList>(html`<vae-news-list lang="en"></vae-news-list>`);
    await settled(en);
    const enTime = times(en).find((t) => t.dateTime === '2025-01-20')!;
    expect(enTime.textContent).to.equal('January 20, 2025');
    expect(times(en).find((t) => t.dateTime === '2024-11-21')!.textContent).to.equal(
      'November 21, 2024',
    );
  });

  it('keeps the content in French (lang="fr") when the interface is English', async () => {
    const el = await fixture<VaeNewsList>(html`<vae-news-list lang="en"></vae-news-list>`);
    await settled(el);
    for (const article of articles(el)) expect(article.lang).to.equal('fr');
    expect(times(el)[0].lang).to.equal('en');
    expect(shadowText(el)).to.contain('Places: Aix-en-Provence, Marseille');
    expect(el.shadowRoot!.querySelector('[part~="tags"]')!.getAttribute('aria-label')).to.equal(
      'Topics',
    );
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="tags"]')!.lang).to.equal('en');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="tag"]')!.lang).to.equal('fr');
    const fr = await fixture<VaeNewsList>(html`<vae-news-list></vae-news-list>`);
    await settled(fr);
    expect(articles(fr)[0].hasAttribute('lang')).to.be.false;
  });

  it('filters by tag (case and accents ignored) and limits', async () => {
    const el = await fixture<VaeNewsList>(html`<vae-news-list tag="evenements"></vae-news-list>`);
    await settled(el);
    const events = news.filter((n) => n.tags.includes('Événements'));
    expect(articles(el)).to.have.length(events.length);
    el.limit = 2;
    await settled(el);
    await el.updateComplete;
    expect(articles(el)).to.have.length(2);
    el.tag = undefined;
    await el.updateComplete;
    expect(articles(el)).to.have.length(2);
    expect(times(el).map((t) => t.dateTime)).to.deep.equal(['2025-01-20', '2025-01-20']);

    const limited = await fixture<VaeNewsList>(html`<vae-news-list limit="3"></vae-news-list>`);
    await settled(limited);
    expect(articles(limited)).to.have.length(3);
  });

  it('shows the empty slot when the tag matches nothing, and a message without it', async () => {
    const el = await fixture<VaeNewsList>(
      html`<vae-news-list tag="Sport"><p slot="empty">Rien sur ce thème.</p></vae-news-list>`,
    );
    await settled(el);
    expect(el.state).to.equal('empty');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Rien sur ce thème.');
    const none = await fixture<VaeNewsList>(
      html`<vae-news-list
        src="/faults/mutate?case=no-institutions-no-news"
        lang="en"
      ></vae-news-list>`,
    );
    await settled(none);
    expect(none.state).to.equal('empty');
    expect(shadowText(none)).to.equal('No news item matches this topic.');
  });

  it('honours heading-level (clamped to 2–6; default h2 in a page with no heading)', async () => {
    const levels: [string | undefined, string][] = [
      [undefined, 'h2'],
      ['3', 'h3'],
      ['2', 'h2'],
      ['5', 'h5'],
      ['1', 'h2'],
      ['9', 'h6'],
    ];
    for (const [level, tag] of levels) {
      const el = await fixture<VaeNewsList>(
        html`<vae-news-list heading-level=${level ?? nothing}></vae-news-list>`,
      );
      await settled(el);
      const headings = el.shadowRoot!.querySelectorAll(tag);
      expect(headings, `heading-level=${level}`).to.have.length(9);
      expect(headings[0].getAttribute('part')).to.equal('title');
    }
  });

  it('shows its fallback while loading and on error', async () => {
    const el = await fixture<VaeNewsList>(
      html`<vae-news-list src="/faults/404"><p>Actualités du réseau</p></vae-news-list>`,
    );
    await settled(el);
    expect(el.state).to.equal('error');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Actualités du réseau');
  });
});
