// How a rule refuses: the application maps each to its code (BAD_USER_INPUT, CONFLICT, FORBIDDEN).

export class ComplaintRuleViolation extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The change was made on an outdated copy, or someone else got there first. */
export class ComplaintConflict extends Error {}

/** The actor may not do this to this complaint (e.g. another department's complaint). */
export class ComplaintAccessDenied extends Error {}
