// ESM entry of the core for bundlers.

export type * from './core/engine.ts';
export * from './core/plan.ts';
export type * from './core/player-types.ts';
