/**
 * The large seed's complaint walk: every complaint advances one step a round, the round's steps sent in
 * batches (one document per actor and mutation, up to MAX_BATCH fields), a bounded number at once.
 * The rules of each step are the small seed's (complaint-steps.ts).
 */
import type { Actor } from '@care/service-kit';
import { approvalsFor } from '../approvals';
import { chunks, MAX_BATCH, mapLimit, SeedError, waitFor, type Client } from '../client';
import { MAX_STEPS, nextStep, type Step, type StepContext } from '../complaint-steps';
import { fileWhenKnown } from '../complaints';
import { STAFF } from '../staff';
import { COMPLAINT_FIELDS, type ComplaintPlan, type ComplaintRow } from '../types';
import type { LargeComplaint } from './plan';

export interface Walking {
  c: ComplaintRow;
  plan: ComplaintPlan;
}

type Call = Extract<Step, { kind: 'call' }>;

const filing = (p: LargeComplaint, customerId: string) => ({
  customerId,
  kind: p.kind ?? 'COMPLAINT',
  channel: p.channel,
  description: p.description,
  ...(p.expected ? { expectedResolution: p.expected } : {}),
  ...(p.product ? { productModel: p.product } : {}),
  ...(p.orderNumber ? { orderNumber: p.orderNumber } : {}),
  receivedAt: p.receivedAt.toISOString(),
  idempotencyKey: p.key,
});

/**
 * Files the complaints in batches. Filing is idempotent by key, so a batch that fails (complaints may
 * not know a just registered customer yet: NOT_FOUND) is filed again one by one, each waiting for its
 * customer.
 */
export async function fileComplaints(
  client: Client,
  complaints: LargeComplaint[],
  rows: { id: string }[],
  ctx: { timeoutMs: number; concurrency: number },
): Promise<Walking[]> {
  const filed = await mapLimit(chunks(complaints, MAX_BATCH), ctx.concurrency, async (chunk) => {
    const inputs = chunk.map((p) => filing(p, rows[p.customerIndex]!.id));
    try {
      return await client.batch<ComplaintRow>(
        STAFF.specialist,
        'mutation',
        inputs.map((value) => ({
          field: 'fileComplaint',
          type: 'FileComplaintInput!',
          value,
          select: COMPLAINT_FIELDS,
        })),
      );
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      const one = async (input: (typeof inputs)[number]) =>
        (await fileWhenKnown(client, input.customerId, ctx.timeoutMs, { input })).fileComplaint;
      return mapLimit(inputs, 1, one);
    }
  });
  return filed.flat().map((c, i) => ({ c, plan: complaints[i]! }));
}

export async function walkAll(
  client: Client,
  items: Walking[],
  ctx: StepContext & { timeoutMs: number; concurrency: number; log: (line: string) => void },
): Promise<void> {
  let active = items;
  // Room for a few rounds lost to CONFLICT on top of the longest walk.
  for (let round = 0; active.length > 0; round++) {
    if (round >= MAX_STEPS + 10)
      throw new SeedError(
        `${active.length} complaints did not reach their targets, e.g. ${active[0]!.c.number}`,
      );
    const calls: { item: Walking; step: Call }[] = [];
    const approving: { item: Walking; solutionId: string; approver: Actor }[] = [];
    const next: Walking[] = [];
    for (const item of active) {
      const step = nextStep(item.c, item.plan, ctx);
      if (step.kind === 'done') continue;
      next.push(item);
      if (step.kind === 'call') calls.push({ item, step });
      else approving.push({ item, solutionId: step.solutionId, approver: step.approver });
    }
    if (next.length > 0)
      ctx.log(`complaints, round ${round + 1}: ${calls.length} steps, ${approving.length} approvals`);
    await runCalls(client, calls, ctx.concurrency);
    if (approving.length > 0) await approveCompensations(client, approving, ctx);
    active = next;
  }
}

/** One round's steps: grouped by actor and mutation, so each batch is one document the gateway plans once. */
async function runCalls(client: Client, calls: { item: Walking; step: Call }[], concurrency: number) {
  const groups = new Map<string, { item: Walking; step: Call }[]>();
  for (const call of calls) {
    const key = `${call.step.actor.sub}|${call.step.mutation}`;
    groups.set(key, [...(groups.get(key) ?? []), call]);
  }
  const batches = [...groups.values()].flatMap((group) => chunks(group, MAX_BATCH));
  await mapLimit(batches, concurrency, async (batch) => {
    const { actor, mutation, type } = batch[0]!.step;
    let rows: ComplaintRow[];
    try {
      rows = await client.batch<ComplaintRow>(
        actor,
        'mutation',
        batch.map(({ step }) => ({
          field: mutation,
          type: `${type}!`,
          value: step.input,
          select: COMPLAINT_FIELDS,
        })),
      );
    } catch (error) {
      // Another writer (the SLA breach job marking an old complaint, an approval's event) changed a
      // complaint between its read and its save. As a person would: reload and go on from what it is
      // now; the steps before it in the document are done, the next round sees them.
      if (!(error instanceof SeedError) || !error.codes.every((code) => code === 'CONFLICT')) throw error;
      rows = await readAll(
        client,
        batch.map(({ item }) => item.c.id),
        concurrency,
      );
    }
    batch.forEach(({ item }, i) => (item.c = rows[i]!));
  });
}

/** The complaints as they are now, in batches. */
async function readAll(client: Client, ids: string[], concurrency: number): Promise<ComplaintRow[]> {
  const rows = await mapLimit(chunks(ids, MAX_BATCH), concurrency, (chunk) =>
    client.batch<ComplaintRow>(
      STAFF.manager,
      'query',
      chunk.map((id) => ({
        field: 'complaint',
        arg: 'id',
        type: 'ID!',
        value: id,
        select: COMPLAINT_FIELDS,
      })),
    ),
  );
  return rows.flat();
}

/**
 * Compensations the department heads approve before the work starts: wait until approvals has opened
 * a request for each (from complaints' event), decide them, and wait until complaints has granted them.
 */
async function approveCompensations(
  client: Client,
  approving: { item: Walking; solutionId: string; approver: Actor }[],
  ctx: { timeoutMs: number; concurrency: number },
) {
  const wanted = new Set(approving.map((a) => a.solutionId));
  const requests = await approvalsFor(client, 'COMPENSATION', wanted, 'compensation', ctx.timeoutMs);
  const byApprover = new Map<string, { approver: Actor; ids: string[] }>();
  for (const a of approving) {
    const request = requests.get(a.solutionId)!;
    if (request.status !== 'PENDING') continue;
    const entry = byApprover.get(a.approver.sub) ?? { approver: a.approver, ids: [] };
    entry.ids.push(request.id);
    byApprover.set(a.approver.sub, entry);
  }
  const batches = [...byApprover.values()].flatMap(({ approver, ids }) =>
    chunks(ids, MAX_BATCH).map((chunk) => ({ approver, chunk })),
  );
  await mapLimit(batches, ctx.concurrency, ({ approver, chunk }) =>
    client.batch(
      approver,
      'mutation',
      chunk.map((id) => ({
        field: 'decideApprovalRequest',
        type: 'DecideApprovalRequestInput!',
        value: { id, decision: 'APPROVE' },
        select: 'status',
      })),
    ),
  );
  let waiting = approving.map((a) => a.item);
  await waitFor(
    `${waiting.length} compensations to be granted`,
    async () => {
      const rows = await readAll(
        client,
        waiting.map(({ c }) => c.id),
        ctx.concurrency,
      );
      waiting.forEach((item, i) => (item.c = rows[i]!));
      waiting = waiting.filter((item) => item.c.compensation?.status !== 'GRANTED');
      return waiting.length === 0 ? true : undefined;
    },
    ctx.timeoutMs,
  );
}
