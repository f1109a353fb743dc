import { randomUUID } from 'node:crypto';
import { createEvent, exceptionSubmitted } from '@care/contracts';
import { eventAbout } from '@care/testing';
import { as, FRIDAY_10H, approvalsForFile } from './harness';

const h = approvalsForFile('approvals_exception_asks', FRIDAY_10H);

/** Governance's `exception.submitted` for a new application, as `by` submitted it, published once. */
async function exceptionAsked(
  fields: { kind: 'NEW_GOVERNMENT_RULE' | 'NATURAL_DISASTER'; title: string; amount: string },
  context: { by: string; correlationId: string },
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
    { actor: { kind: 'user', id: context.by }, correlationId: context.correlationId },
  );
  await h.publish(submitted, exceptionSubmitted.subject);
  return { applicationId, submitted };
}

describe("governance's exception applications", () => {
  it('[DOMAIN 4.6] an exception application opens one request, routed by its amount, however often it is asked', async () => {
    const { applicationId, submitted } = await exceptionAsked(
      { kind: 'NEW_GOVERNMENT_RULE', title: 'New export documentation rule', amount: '25000.00' },
      { by: 'compliance-2', correlationId: 'corr-exception' },
    );
    await h.publish(submitted, exceptionSubmitted.subject, `${submitted.id}-again`);

    const request = await h.onlyRequest('{ type: [OTHER] }', as('gm-1', 'gm'));
    // 25,000 CNY: department head -> internal control -> finance -> VP on the regular route (DOMAIN 3.1).
    expect(request).toMatchObject({
      type: 'OTHER',
      amount: '25000.00',
      requiredAuthority: 'VP',
      requestedBy: 'compliance-2',
      status: 'PENDING',
      reference: { service: 'governance', aggregate: 'exception_application', id: applicationId },
    });
    const opened = await eventAbout(h.tap, 'care.approvals.request.submitted.v1', request.id);
    expect(opened).toMatchObject({ causationId: submitted.id, correlationId: 'corr-exception' });
  });

  it('[DOMAIN 4.6] an exception with no money at stake (amount 0) opens its request at the lowest band instead of failing', async () => {
    const { applicationId } = await exceptionAsked(
      { kind: 'NATURAL_DISASTER', title: 'Typhoon closes the Ningbo warehouse', amount: '0.00' },
      { by: 'compliance-3', correlationId: 'corr-exception-0' },
    );
    const request = await h.requestFor(applicationId, as('gm-1', 'gm'), '{ type: [OTHER] }');
    expect(request).toMatchObject({
      type: 'OTHER',
      amount: '0.00',
      requiredAuthority: 'DEPARTMENT_HEAD',
      status: 'PENDING',
    });
  });
});
