export * from './problems';
export * from './canonical';
export * from './schemas';
export * from './exports';
export * from './responses';
export * from './quality';
