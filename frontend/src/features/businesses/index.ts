// 下請事業者: what other features read, pick or refresh of a business.
export { businessQueryOptions, invalidateBusinesses, useSiteBusinesses, type Business } from './api/businesses';
export { BusinessSelect } from './components/business-select';
export { useOwnCompany } from './api/permits';
