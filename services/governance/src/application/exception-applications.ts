import { reactionTo, type Envelope } from '@care/contracts';
import { authorised, type Caller, eventContextOf, requireRole } from '@care/service-kit';
import { EXCEPTION_APPLICANT_ROLES, EXCEPTION_READERS } from '../domain/access';
import { governanceTrace } from '../domain/audit-entry';
import {
  decideException,
  EXCEPTION_SUBJECT,
  type ExceptionApplication,
  type ExceptionOutcome,
  linkApprovalRequest,
  submitException,
  type SubmitInput,
} from '../domain/exception-application';
import { GOVERNANCE_ACCOUNT } from './detect-violations';
import { exceptionDecidedEvent, exceptionSubmittedEvent } from './events';
import type { Deps, ExceptionFilter, Transaction } from './ports';
import { registerReads } from './read-register';
import { tracedUnitOfWork } from './traced-unit-of-work';

/**
 * An exception application with its risk assessment (DOMAIN 4.6) goes to approvals as a request: its
 * `exception.submitted` event asks approvals to open one (reference governance/exception_application/<id>).
 */
export const submitExceptionApplication = authorised(
  EXCEPTION_APPLICANT_ROLES,
  async (deps: Deps, caller: Caller, input: SubmitInput): Promise<ExceptionApplication> => {
    const application = submitException(input, {
      id: deps.newId(),
      actor: caller.actor.sub,
      now: deps.clock.now(),
    });
    return tracedUnitOfWork(deps)(async (tx) => {
      await tx.exceptions.insert(application);
      await tx.outbox.enqueue(exceptionSubmittedEvent(application, eventContextOf(caller)));
      return application;
    });
  },
);

/**
 * Approvals opened the request for an application: the application records which (no change of status),
 * with its audit entry in the same transaction.
 */
export async function noteApprovalRequest(
  deps: Pick<Deps, 'newId' | 'clock'>,
  tx: Pick<Transaction, 'exceptions' | 'entries'>,
  applicationId: string,
  requestId: string,
): Promise<void> {
  const application = await tx.exceptions.lockById(applicationId);
  if (!application || application.approvalRequestId === requestId) return;
  await tx.exceptions.update(linkApprovalRequest(application, requestId), application.version);
  await tx.entries.insert(
    governanceTrace(
      'exception.approval_request_linked',
      { type: EXCEPTION_SUBJECT, id: applicationId },
      { approvalRequestId: requestId },
      { id: deps.newId(), actor: `service:${GOVERNANCE_ACCOUNT}`, now: deps.clock.now() },
    ),
  );
}

/**
 * The request's final decision comes back (approvals' `request.decided`): the application is approved,
 * rejected or withdrawn, once, with its event. An unknown or already decided application is left alone.
 */
export async function applyApprovalDecision(
  tx: Pick<Transaction, 'exceptions' | 'outbox'>,
  decision: {
    applicationId: string;
    requestId: string;
    outcome: ExceptionOutcome;
    decidedAt: Date;
    reason: string | null;
  },
  cause: Envelope,
): Promise<ExceptionApplication | null> {
  const application = await tx.exceptions.lockById(decision.applicationId);
  const decided = application && decideException(application, decision);
  if (!application || !decided) return null;
  const saved = await tx.exceptions.update(decided, application.version);
  await tx.outbox.enqueue(exceptionDecidedEvent(saved, reactionTo(cause, GOVERNANCE_ACCOUNT)));
  return saved;
}

const exceptionReads = registerReads<ExceptionApplication, ExceptionFilter>({
  check: (actor) => requireRole(actor, ...EXCEPTION_READERS),
  register: (deps) => deps.exceptions,
  listedBy: (application) => application.submittedAt,
});

export const getExceptionApplication = exceptionReads.get;

/** Several at once (the references of a batch): FORBIDDEN to a role that reads no application. */
export const getExceptionApplications = exceptionReads.getMany;

/** Oldest first. */
export const listExceptionApplications = exceptionReads.list;
