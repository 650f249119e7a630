export * from './affordability';
export * from './round';
export * from './placement';
export * from './fit';
export * from './explain';
export * from './priority-flow-matcher';
