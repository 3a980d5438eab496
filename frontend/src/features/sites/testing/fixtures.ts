export * from './handlers';
export * from './ids';
export * from './occupation';
export * from './site';
export * from './structure';
