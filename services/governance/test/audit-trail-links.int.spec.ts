import { randomUUID } from 'node:crypto';
import {
  approvalRequestSubmitted,
  campaignSubmitted,
  complaintClassified,
  complaintReceived,
  createEvent,
  customerRegistered,
  type EventDefinition,
  pointsEarned,
} from '@care/contracts';
import { errorCodes, expectEventually, harnessForFile, references, type TestActor } from '@care/testing';
import type { z } from 'zod';
import { SqlAuditTrailLinks } from '../src/persistence/audit-trail-links-repository';
import { startGovernance } from './harness';

// The audit trail reachable from its subjects through federation (DOMAIN 4.1): `auditTrail` on entities
// other services own, resolved by governance for supervision.

const h = harnessForFile(() => startGovernance('governance_trail_links'));
const auditor: TestActor = { sub: 'audit-7', roles: ['audit'] };

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = Record<string, any>;

/** Each published event a second after the one before, so a trail's order does not hang on the clock's resolution. */
let published = 0;
const FIRST_TIME = Date.now();

/** Publishes an event about `subject` as its service would (the envelope's subject is the aggregate's id). */
const publish = <S extends z.ZodObject>(definition: EventDefinition<S>, subject: string, data: z.input<S>) =>
  h.service.nats.publish(
    `${h.db.namespace}.${definition.subject}`,
    JSON.stringify(
      createEvent(definition, subject, data, {
        actor: { kind: 'user', id: 'staff-1' },
        correlationId: randomUUID(),
        time: new Date(FIRST_TIME + (published += 1) * 1_000),
      }),
    ),
  );

const ENTITIES = `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) {
  ... on Complaint { id auditTrail(first: $first, after: $after) { ...trail } }
  ... on Customer { id auditTrail(first: $first, after: $after) { ...trail } }
  ... on ApprovalRequest { id auditTrail(first: $first, after: $after) { ...trail } }
  ... on Campaign { id auditTrail(first: $first, after: $after) { ...trail } } } }
  fragment trail on AuditEntryConnection { totalCount edges { node { action subjectType subjectId } }
    pageInfo { hasNextPage endCursor } }`;

const trailReads = async () =>
  (
    await h.sql(
      `SELECT details FROM audit_entry WHERE action = 'audit.trail_read' AND subject_id = 'auditTrail'`,
    )
  ).length;

describe('auditTrail on the entities of other services', () => {
  const complaintA = randomUUID();
  const complaintB = randomUUID();
  const customer = randomUUID();
  const request = randomUUID();
  const campaign = randomUUID();

  beforeAll(async () => {
    publish(complaintReceived, complaintA, { ...complaintReceived.example, complaintId: complaintA });
    publish(complaintClassified, complaintA, { ...complaintClassified.example, complaintId: complaintA });
    publish(complaintReceived, complaintB, { ...complaintReceived.example, complaintId: complaintB });
    publish(customerRegistered, customer, { ...customerRegistered.example, customerId: customer });
    publish(pointsEarned, customer, { ...pointsEarned.example, customerId: customer, entryId: randomUUID() });
    publish(approvalRequestSubmitted, request, { ...approvalRequestSubmitted.example, requestId: request });
    publish(campaignSubmitted, campaign, { ...campaignSubmitted.example, campaignId: campaign });
    await expectEventually(async () => {
      const [row] = (await h.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE subject_id = ANY($1)`, [
        [complaintA, complaintB, customer, request, campaign],
      ])) as [{ n: number }];
      expect(row.n).toBe(7);
    });
  });

  it('[DOMAIN 4.1] reads the trails of complaints, customers, approval requests and campaigns in one batch, itself audited once', async () => {
    const before = await trailReads();
    const statements = jest.spyOn(SqlAuditTrailLinks.prototype, 'pagesOf');
    const representations = [
      ...references('Complaint', complaintA, complaintB),
      ...references('Customer', customer),
      ...references('ApprovalRequest', request),
      ...references('Campaign', campaign),
      ...references('Complaint', randomUUID()),
    ];
    const { _entities } = await h.ok<Data>(ENTITIES, { r: representations, first: 1 }, auditor);
    const actions = (e: Data) => e.auditTrail.edges.map((x: Data) => x.node.action);
    expect(
      _entities.map((e: Data) => [
        e.id,
        e.auditTrail.totalCount,
        actions(e),
        e.auditTrail.pageInfo.hasNextPage,
      ]),
    ).toEqual([
      [complaintA, 2, ['care.complaints.complaint.received.v1'], true],
      [complaintB, 1, ['care.complaints.complaint.received.v1'], false],
      [customer, 2, ['care.loyalty.customer.registered.v1'], true],
      [request, 1, ['care.approvals.request.submitted.v1'], false],
      [campaign, 1, ['care.loyalty.campaign.submitted.v1'], false],
      [representations[5]!.id, 0, [], false],
    ]);
    // One statement for the whole batch; every subject of it is named by one trail-read entry, with the positions it returned.
    expect(statements).toHaveBeenCalledTimes(1);
    statements.mockRestore();
    expect(await trailReads()).toBe(before + 1);
    const [read] = (await h.sql(
      `SELECT actor, details FROM audit_entry WHERE action = 'audit.trail_read' AND subject_id = 'auditTrail'
        ORDER BY position DESC LIMIT 1`,
    )) as [Data];
    expect(read.actor).toBe('audit-7');
    expect(read.details.subjects).toHaveLength(6);
    expect(read.details.positions).toHaveLength(5);

    const next = await h.ok<Data>(
      ENTITIES,
      {
        r: references('Complaint', complaintA),
        first: 1,
        after: _entities[0].auditTrail.pageInfo.endCursor,
      },
      auditor,
    );
    expect(next._entities[0].auditTrail).toMatchObject({
      totalCount: 2,
      edges: [{ node: { action: 'care.complaints.complaint.classified.v1', subjectId: complaintA } }],
      pageInfo: { hasNextPage: false },
    });
    // Past the last entry: no entries, the count still there.
    const past = await h.ok<Data>(
      ENTITIES,
      {
        r: references('Complaint', complaintA),
        first: 5,
        after: next._entities[0].auditTrail.pageInfo.endCursor,
      },
      auditor,
    );
    expect(past._entities[0].auditTrail).toMatchObject({ totalCount: 2, edges: [] });
  });

  it('[DOMAIN 4.1] is for supervision only: anyone else is FORBIDDEN, as for auditEntries', async () => {
    for (const roles of [['cs_manager'], ['gm'], ['customer'], ['partner'], []] as const) {
      const result = await h.raw<Data>(
        ENTITIES,
        { r: references('Complaint', complaintA), first: 5 },
        { sub: 'x', roles: [...roles] },
      );
      expect([roles, errorCodes(result)]).toEqual([roles, ['FORBIDDEN']]);
      expect(result.data?._entities ?? [null]).toEqual([null]);
    }
    for (const roles of [['internal_control'], ['compliance'], ['hr'], ['administration']] as const)
      expect(
        errorCodes(
          await h.raw(ENTITIES, { r: references('Campaign', campaign) }, { sub: 'y', roles: [...roles] }),
        ),
      ).toEqual([]);
  });
});
