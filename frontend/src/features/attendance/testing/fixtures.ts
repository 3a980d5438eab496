export * from './ids';
export * from './masters';
export * from './page';
export * from './pickers';
export * from './site';
export * from './work-day';
export * from './worker';
