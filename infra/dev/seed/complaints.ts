import { approvalFor, decide } from './approvals';
import { SeedError, waitFor, type Client } from './client';
import { MAX_STEPS, nextStep, type Step, type StepContext } from './complaint-steps';
import { STAFF } from './staff';
import { COMPLAINT_FIELDS, type ComplaintPlan, type ComplaintRow } from './types';

/** Files a complaint, retrying while complaints does not know the (just registered) customer yet. */
export function fileWhenKnown(
  client: Client,
  customerId: string,
  timeoutMs: number,
  variables: Record<string, unknown>,
): Promise<{ fileComplaint: ComplaintRow }> {
  const query = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ${COMPLAINT_FIELDS} } }`;
  return waitFor(
    `complaints to know customer ${customerId}`,
    async () => {
      const body = await client.raw<{ fileComplaint: ComplaintRow }>(STAFF.specialist, query, variables);
      if (body.errors?.length === 1 && body.errors[0]!.extensions?.code === 'NOT_FOUND') return undefined;
      if (body.errors?.length)
        throw new SeedError(
          `fileComplaint: ${body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'} ${e.message}`).join('; ')}`,
        );
      return body.data!;
    },
    timeoutMs,
  );
}

/** One step's mutation; the complaint as it is after it. */
export async function runStep(client: Client, step: Extract<Step, { kind: 'call' }>): Promise<ComplaintRow> {
  const data = await client.call<Record<string, ComplaintRow>>(
    step.actor,
    `mutation($input: ${step.type}!) { ${step.mutation}(input: $input) { ${COMPLAINT_FIELDS} } }`,
    { input: step.input },
  );
  return data[step.mutation]!;
}

/** The complaint, read again (after another service's event changed it). */
export async function readComplaint(client: Client, id: string): Promise<ComplaintRow> {
  const { complaint } = await client.call<{ complaint: ComplaintRow }>(
    STAFF.manager,
    `query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`,
    { id },
  );
  return complaint;
}

/** Walks one complaint to its plan's target, one step at a time. */
export async function walk(
  client: Client,
  start: ComplaintRow,
  plan: ComplaintPlan,
  ctx: StepContext & { timeoutMs: number },
): Promise<ComplaintRow> {
  let c = start;
  for (let guard = 0; guard < MAX_STEPS; guard++) {
    const step = nextStep(c, plan, ctx);
    if (step.kind === 'done') return c;
    if (step.kind === 'call') {
      c = await runStep(client, step);
      continue;
    }
    const request = await approvalFor(
      client,
      'COMPENSATION',
      step.solutionId,
      `the compensation of ${c.number}`,
      ctx.timeoutMs,
    );
    if (request.status === 'PENDING') await decide(client, step.approver, request.id, 'APPROVE');
    c = await waitFor(
      `the compensation of ${c.number} to be granted`,
      async () => {
        const complaint = await readComplaint(client, c.id);
        return complaint.compensation?.status === 'GRANTED' ? complaint : undefined;
      },
      ctx.timeoutMs,
    );
  }
  throw new SeedError(`complaint ${c.number} did not reach ${plan.target}`);
}
