export * from './problems';
export * from './canonical';
export * from './schemas';
export * from './cases';
export * from './exports';
export * from './responses';
export * from './quality';
export * from './progress';
