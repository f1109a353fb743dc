/** The company calendar as the rules need it (filled by @care/calendar's WorkingCalendar). */
export interface WorkingTime {
  addWorkingHours(from: Date, hours: number): { value: Date };
  addWorkingDays(from: Date, days: number): { value: Date };
}
