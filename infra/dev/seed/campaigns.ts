import type { Actor } from '@care/service-kit';
import { approvalFor, decide } from './approvals';
import { batchAll, waitFor, type Client } from './client';
import { STAFF } from './staff';

export interface CampaignPlan {
  name: string;
  type: string;
  targetTiers: string[];
  budget: string;
  expectedEffect: string;
  startsOn: string;
  endsOn: string;
  /** Who approves it after internal control's review: a department head up to 10,000 CNY, the VP above (DOMAIN 3.1). */
  approver: Actor;
  interactions: { customerId: string; kind: string; cost: string; points: number }[];
  /** Run to the end: closed, settled by finance and archived by sales (DOMAIN 2.4). */
  finish: boolean;
}

export interface ExistingCampaign {
  id: string;
  status: string;
  interactions: { customerId: string }[];
}

/** The campaigns there are, by name: how a second run finds its own. */
export async function existingCampaigns(client: Client): Promise<Map<string, ExistingCampaign>> {
  const nodes = await client.all<ExistingCampaign & { name: string }>(
    STAFF.sales,
    `query($after: String) { campaigns(first: 100, after: $after) { edges { node { id name status interactions { customerId } } } pageInfo { hasNextPage endCursor } } }`,
    {},
    (data) => data.campaigns,
  );
  return new Map(nodes.map((n) => [n.name, n]));
}

/**
 * A reward campaign through its lifecycle (DOMAIN 2.4): sales files it, the department head submits it,
 * approvals decides it, marketing records the interactions; a finished one is closed, settled and
 * archived. Picks up where a campaign of that name stands. Returns its status and whether it is new.
 */
export async function runCampaign(
  client: Client,
  plan: CampaignPlan,
  existing: ExistingCampaign | undefined,
  timeoutMs: number,
): Promise<{ status: string; created: boolean }> {
  let campaign = existing;
  if (!campaign) {
    const { createCampaign } = await client.call<{ createCampaign: { id: string; status: string } }>(
      STAFF.sales,
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id status } }`,
      {
        input: {
          name: plan.name,
          type: plan.type,
          targetTiers: plan.targetTiers,
          budget: plan.budget,
          expectedEffect: plan.expectedEffect,
          startsOn: plan.startsOn,
          endsOn: plan.endsOn,
        },
      },
    );
    campaign = { ...createCampaign, interactions: [] };
  }
  const id = campaign.id;
  /** Moves the campaign on as the actor (`submitCampaign` ...): its status afterwards. */
  const move = async (actor: Actor, mutation: string) =>
    (
      await client.call<Record<string, { status: string }>>(
        actor,
        `mutation($id: ID!) { ${mutation}(id: $id) { status } }`,
        { id },
      )
    )[mutation]!.status;
  let status = campaign.status;
  if (status === 'DRAFT') status = await move(STAFF.salesHead, 'submitCampaign');
  if (status === 'PENDING_APPROVAL') {
    const request = await approvalFor(client, 'CAMPAIGN', id, `campaign "${plan.name}"`, timeoutMs);
    if (request.status === 'PENDING') {
      // Internal control's compliance review comes first (DOMAIN 2.4), then the approver by budget.
      await decide(client, STAFF.internalControl, request.id, 'APPROVE');
      await decide(client, plan.approver, request.id, 'APPROVE');
    }
    status = await waitFor(
      `campaign "${plan.name}" to be approved`,
      async () => {
        const { campaign: c } = await client.call<{ campaign: { status: string } }>(
          STAFF.sales,
          `query($id: ID!) { campaign(id: $id) { status } }`,
          { id },
        );
        return c.status === 'PENDING_APPROVAL' ? undefined : c.status;
      },
      timeoutMs,
    );
  }
  if (status === 'APPROVED') {
    const done = new Set(campaign.interactions.map((i) => i.customerId));
    await batchAll(
      client,
      STAFF.marketing,
      'recordCampaignInteraction',
      'RecordCampaignInteractionInput!',
      plan.interactions
        .filter((i) => !done.has(i.customerId))
        .map((i) => ({
          campaignId: id,
          customerId: i.customerId,
          kind: i.kind,
          cost: i.cost,
          points: i.points,
          note: 'demo data',
        })),
    );
    if (plan.finish) {
      await move(STAFF.marketing, 'closeCampaign');
      status = 'CLOSED';
    }
  }
  if (plan.finish && status === 'CLOSED') {
    await move(STAFF.finance, 'settleCampaign');
    status = 'SETTLED';
  }
  if (plan.finish && status === 'SETTLED') status = await move(STAFF.sales, 'archiveCampaign');
  return { status, created: !existing };
}
