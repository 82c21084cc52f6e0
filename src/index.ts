/**
 * The script-tag entry: registers every element (each define is guarded, so
 * loading this twice, or beside the npm copy, is safe), upgrades the CMS kit's
 * `data-vae` divs, and exports the public API.
 */
import './city-badge/city-badge.define.js';
import './city-search/city-search.define.js';
import './partner-list/partner-list.define.js';
import './member-count/member-count.define.js';
import './news-list/news-list.define.js';
import './city-map/city-map.define.js';
import { startDataVaeUpgrades } from './cms/data-vae-upgrade.js';

export * from './public-api.js';
export { VaeSelectEvent, type Membership, type SelectedEntity } from './core/select-event.js';
export { VaeCityBadge } from './city-badge/city-badge.js';
export { VaeCitySearch } from './city-search/city-search.js';
export { VaePartnerList } from './partner-list/partner-list.js';
export { VaeMemberCount } from './member-count/member-count.js';
export { VaeNewsList } from './news-list/news-list.js';
export { VaeCityMap } from './city-map/city-map.js';
export { startDataVaeUpgrades } from './cms/data-vae-upgrade.js';

if (typeof document !== 'undefined') startDataVaeUpgrades();
