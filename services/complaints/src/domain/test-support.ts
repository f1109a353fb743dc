import { WorkingCalendar } from '@care/calendar';
import type { RuleContext } from './complaint';

/** The company calendar (mainland China 2025/2026, Mon-Fri 09:00-18:00 Asia/Shanghai) for unit tests. */
export const calendar = WorkingCalendar.chinaMainland();

export function ctxAt(iso: string, role = 'cs_specialist'): RuleContext {
  return { now: new Date(iso), calendar, actor: { id: `user-${role}`, role } };
}

/** The customer-facing timeline of a complaint taken the ordinary way to RESOLVED (DOMAIN 1.10). */
export const RESOLVED_TIMELINE = [
  'RECEIVED',
  'CLASSIFIED',
  'ASSIGNED',
  'INVESTIGATION_STARTED',
  'SOLUTION_PROPOSED',
  'SOLUTION_ACCEPTED',
  'IMPLEMENTING',
  'RESOLVED',
];
