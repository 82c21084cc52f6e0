import type { NewsFile } from '../model.js';
import type { DataFileSpec } from '../file-spec.js';

export const NEWS_FILE: DataFileSpec<NewsFile> = {
  name: 'news',
  schema: () => import('../schemas/news-schema.js').then((m) => m.newsFileSchema),
  besideCode: () => new URL('../../../data/news.json', import.meta.url).href,
  inDataset: true,
};
