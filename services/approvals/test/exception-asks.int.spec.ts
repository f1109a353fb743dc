import { randomUUID } from 'node:crypto';
import { createEvent, exceptionSubmitted } from '@care/contracts';
import { eventSeen, expectEventually } from '@care/testing';
import { as, FRIDAY_10H, REQUEST_FIELDS, approvalsForFile, type Request } from './harness';

const h = approvalsForFile('approvals_exception_asks', FRIDAY_10H);

/** Governance's `exception.submitted` for a new application, as `by` submitted it. */
function exceptionAsked(
  fields: { kind: 'NEW_GOVERNMENT_RULE' | 'NATURAL_DISASTER'; title: string; amount: string },
  by: string,
  correlationId: string,
) {
  const applicationId = randomUUID();
  const submitted = createEvent(
    exceptionSubmitted,
    applicationId,
    {
      ...exceptionSubmitted.example,
      applicationId,
      ...fields,
      reference: { service: 'governance', aggregate: 'exception_application', id: applicationId },
    },
    { actor: { kind: 'user', id: by }, correlationId },
  );
  return { applicationId, submitted };
}

describe("governance's exception applications", () => {
  it('[DOMAIN 4.6] an exception application opens one request, routed by its amount, however often it is asked', async () => {
    const { applicationId, submitted } = exceptionAsked(
      { kind: 'NEW_GOVERNMENT_RULE', title: 'New export documentation rule', amount: '25000.00' },
      'compliance-2',
      'corr-exception',
    );
    await h.publish(submitted, exceptionSubmitted.subject);
    await h.publish(submitted, exceptionSubmitted.subject, `${submitted.id}-again`);

    const gm = as('gm-1', 'gm');
    const query = `{ approvalRequests(filter: { type: [OTHER] }) { totalCount edges { node { ${REQUEST_FIELDS} } } } }`;
    const request = await expectEventually(async () => {
      const found = (
        await h.ok<{ approvalRequests: { totalCount: number; edges: { node: Request }[] } }>(query, {}, gm)
      ).approvalRequests;
      expect(found.totalCount).toBe(1);
      return found.edges[0]!.node;
    });
    // 25,000 CNY: department head -> internal control -> finance -> VP on the regular route (DOMAIN 3.1).
    expect(request).toMatchObject({
      type: 'OTHER',
      amount: '25000.00',
      requiredAuthority: 'VP',
      requestedBy: 'compliance-2',
      status: 'PENDING',
      reference: { service: 'governance', aggregate: 'exception_application', id: applicationId },
    });
    const opened = await eventSeen(
      h.tap,
      (e) => e.type === 'care.approvals.request.submitted.v1' && e.subject === request.id,
    );
    expect(opened).toMatchObject({ causationId: submitted.id, correlationId: 'corr-exception' });
  });

  it('[DOMAIN 4.6] an exception with no money at stake (amount 0) opens its request at the lowest band instead of failing', async () => {
    const { applicationId, submitted } = exceptionAsked(
      { kind: 'NATURAL_DISASTER', title: 'Typhoon closes the Ningbo warehouse', amount: '0.00' },
      'compliance-3',
      'corr-exception-0',
    );
    await h.publish(submitted, exceptionSubmitted.subject);

    const gm = as('gm-1', 'gm');
    const query = `{ approvalRequests(filter: { type: [OTHER] }, first: 100) { edges { node { ${REQUEST_FIELDS} } } } }`;
    const request = await expectEventually(async () => {
      const found = (
        await h.ok<{ approvalRequests: { edges: { node: Request }[] } }>(query, {}, gm)
      ).approvalRequests.edges.map((e) => e.node);
      const mine = found.find((r) => (r as { reference?: { id: string } }).reference?.id === applicationId);
      expect(mine).toBeDefined();
      return mine!;
    });
    expect(request).toMatchObject({
      type: 'OTHER',
      amount: '0.00',
      requiredAuthority: 'DEPARTMENT_HEAD',
      status: 'PENDING',
    });
  });
});
