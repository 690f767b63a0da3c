import { CreateFoundation1764300000000 } from './1764300000000-CreateFoundation.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [CreateFoundation1764300000000];
