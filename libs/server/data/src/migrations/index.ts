import { Initial1795991086398 } from './1795991086398-Initial';
import { AiUsage1795994764944 } from './1795994764944-AiUsage';

/** Every migration, oldest first. */
export const MIGRATIONS = [Initial1795991086398, AiUsage1795994764944];
