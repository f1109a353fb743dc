import { WorkingCalendar } from '@care/calendar';
import type { RuleContext } from './complaint';

/** The company calendar (mainland China 2025/2026, Mon-Fri 09:00-18:00 Asia/Shanghai) for unit tests. */
export const calendar = WorkingCalendar.chinaMainland();

export function ctxAt(iso: string, role = 'cs_specialist'): RuleContext {
  return { now: new Date(iso), calendar, actor: { id: `user-${role}`, role } };
}
