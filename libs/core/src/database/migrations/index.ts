import { InitialSchema1764072000000 } from './1764072000000-initial-schema';

/** Every migration, in order. */
export const MIGRATIONS = [InitialSchema1764072000000];
