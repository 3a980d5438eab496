// 現場 and their 施工体制: what other features read or refresh of a site.
export { structureQueryOptions } from './api/structure';
export { siteWorkersQueryOptions, type SiteWorker } from './api/site-workers';
export { invalidateSites, siteQueryOptions, type Site } from './api/sites';
export { SiteSelect } from './components/site-select';
