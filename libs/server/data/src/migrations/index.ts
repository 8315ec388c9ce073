import { Initial1795991086398 } from './1795991086398-Initial';

/** Every migration, oldest first. */
export const MIGRATIONS = [Initial1795991086398];
