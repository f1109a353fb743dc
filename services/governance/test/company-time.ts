import { WorkingCalendar } from '@care/calendar';

/** The company's working calendar: mainland China's holidays and make-up working days. */
export const calendar = WorkingCalendar.chinaMainland();

/** Company time (UTC+8) as an instant: `cst('2026-09-30T15:00:00')`. */
export const cst = (local: string) => new Date(`${local}+08:00`);
