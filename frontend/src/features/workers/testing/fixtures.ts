export * from './handlers';
export * from './ids';
export * from './masters';
export * from './worker';
export * from './list';
