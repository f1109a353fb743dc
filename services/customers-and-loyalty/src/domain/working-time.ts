/** The company calendar as the rules need it (filled by @care/calendar's WorkingCalendar). */
export interface WorkingTime {
  addWorkingHours(from: Date, hours: number): { value: Date };
  addWorkingDays(from: Date, days: number): { value: Date };
}

export class TransitionViolation extends Error {
  constructor(
    readonly code: 'INVALID_TRANSITION' | 'LIMIT_EXCEEDED' | 'BAD_USER_INPUT' | 'FORBIDDEN' | 'CONFLICT',
    message: string,
  ) {
    super(message);
  }
}
