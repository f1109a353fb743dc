import { createHash, randomUUID } from 'node:crypto';
import {
  campaignApproved,
  campaignInteractionRecorded,
  campaignSubmitted,
  complaintReceived,
  complaintResolved,
  customerRegistered,
  purchaseRecorded,
  tierChanged,
} from '@care/contracts';
import { errorCodes, eventSeen, type TestActor } from '@care/testing';
import { governanceWithTapForFile } from './harness';
import { streamEvents } from './stream-events';

// Checks (DOMAIN 4.2) from governance's projections of the other services' streams.

const h = governanceWithTapForFile('governance_checks', '2026-04-02T02:00:00Z');
const control: TestActor = { sub: 'ic-1', roles: ['internal_control'] };
const auditor: TestActor = { sub: 'audit-1', roles: ['audit'] };
const sales: TestActor = { sub: 'sales-1', roles: ['sales'] };
const events = () => streamEvents(h);

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = Record<string, any>;
const SAMPLE = `id month seed populationSize populationDigest customerIds reproduced drawnBy
  files { customerId tier interactions interactionKinds purchases spend }
  findings { id customerId outcome note rectificationItemId }`;
const runSample = (month: string, actor = control) =>
  h.raw<Data>(
    `mutation($m: String!) { runMonthlySample(input: { month: $m }) { ${SAMPLE} } }`,
    { m: month },
    actor,
  );
const coverage = (month: string) =>
  h.ok<Data>(
    `query($m: String!) { interactionCoverage(month: $m) {
       targeted covered uncovered coverage { value target comparison met }
       sample { files covered coverage { value met } } } }`,
    { m: month },
    control,
  );

/** The files the seed draws, computed here independently of the service: lowest SHA-256(seed:id) first. */
const drawnBy = (seed: string, population: string[]) =>
  [...population]
    .sort((a, b) => {
      const [x, y] = [a, b].map((id) => createHash('sha256').update(`${seed}:${id}`).digest('hex'));
      return x! < y! ? -1 : 1;
    })
    .slice(0, 3);

const register = (
  e: ReturnType<typeof events>,
  registeredAt: string,
  tier = 'MEMBER' as 'MEMBER' | 'DIAMOND',
) => {
  const customerId = randomUUID();
  e.publish(customerRegistered, { customerId, tier, region: 'CN-GD', registeredAt });
  return customerId;
};

describe('the monthly check of customer files', () => {
  let march: string[];
  let sample: Data;

  it('[DOMAIN 4.2] samples 3 of the month’s customer files, reproducible from the stored seed, once per month', async () => {
    const e = events();
    march = Array.from({ length: 8 }, (_, i) => register(e, `2026-03-${String(10 + i)}T02:00:00.000Z`));
    register(e, '2026-04-01T01:00:00.000Z'); // after the month's end (Shanghai): not in March's population
    await e.settle();

    const result = await runSample('2026-03');
    expect(errorCodes(result)).toEqual([]);
    sample = result.data!.runMonthlySample;
    expect(sample.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(sample.populationSize).toBe(8);
    expect(sample.customerIds).toEqual(drawnBy(sample.seed, march));
    expect(sample.reproduced).toBe(true);
    expect(sample.files.map((f: Data) => f.customerId)).toEqual(sample.customerIds);
    const [stored] = await h.sql(`SELECT seed, customer_ids FROM check_sample WHERE id = $1`, [sample.id]);
    expect(stored).toEqual({ seed: sample.seed, customer_ids: sample.customerIds });
    const drawn = await eventSeen(h.tap, (ev) => ev.type === 'care.governance.check.sample_drawn.v1');
    expect(drawn.data).toMatchObject({
      month: '2026-03',
      seed: sample.seed,
      customerIds: sample.customerIds,
    });

    expect(errorCodes(await runSample('2026-03'))).toEqual(['CONFLICT']);
    expect(errorCodes(await runSample('2026-04', sales))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await runSample('2026-05'))).toEqual(['BAD_USER_INPUT']); // not begun

    // A file governance learns of later does not change what the stored seed draws.
    register(e, '2026-03-30T02:00:00.000Z');
    await e.settle();
    const again = await h.ok<Data>(
      `{ checkSample(month: "2026-03") { customerIds reproduced } }`,
      {},
      auditor,
    );
    expect(again.checkSample).toEqual({ customerIds: sample.customerIds, reproduced: true });
  });

  it('[DOMAIN 4.2] a nonconformity found in a sampled file opens a CHECK rectification item', async () => {
    const record = (input: Data, actor = control) =>
      h.raw<Data>(
        `mutation($input: RecordSampleFindingInput!) { recordSampleFinding(input: $input) { id customerId outcome rectificationItemId } }`,
        { input },
        actor,
      );
    const file = sample.customerIds[0];
    const finding = (
      await record({
        sampleId: sample.id,
        customerId: file,
        outcome: 'NONCONFORMITY',
        note: 'Phone number differs from the ID photo',
        rectification: { severity: 'ORDINARY', ownerDepartment: 'SALES' },
      })
    ).data!.recordSampleFinding;
    expect(finding).toMatchObject({ customerId: file, outcome: 'NONCONFORMITY' });
    const { rectificationItem } = await h.ok<Data>(
      `query($id: ID!) { rectificationItem(id: $id) { source sourceId severity status ownerDepartment openedBy } }`,
      { id: finding.rectificationItemId },
      control,
    );
    expect(rectificationItem).toEqual({
      source: 'CHECK',
      sourceId: finding.id,
      severity: 'ORDINARY',
      status: 'OPEN',
      ownerDepartment: 'SALES',
      openedBy: control.sub,
    });
    const notSampled = march.find((id) => !sample.customerIds.includes(id));
    expect(
      errorCodes(
        await record({ sampleId: sample.id, customerId: notSampled, outcome: 'CONFORMS', note: 'ok' }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await record({ sampleId: sample.id, outcome: 'CONFORMS', note: 'ok' }, auditor)),
    ).toEqual(['FORBIDDEN']);
  });

  it('[DOMAIN 4.2] interaction-record coverage of the targeted customers against 95 %, and of the sample', async () => {
    const e = events();
    // Twenty Diamond customers; a campaign for Diamonds approved in April runs through May and June.
    const diamonds = Array.from({ length: 20 }, () => register(e, '2026-04-10T02:00:00.000Z', 'DIAMOND'));
    const campaignId = randomUUID();
    e.publish(campaignSubmitted, {
      ...campaignSubmitted.example,
      campaignId,
      targetTiers: ['DIAMOND'],
      budget: '10000.00',
      reference: { service: 'loyalty', aggregate: 'campaign', id: campaignId },
    });
    e.publish(campaignApproved, { campaignId, status: 'APPROVED', at: '2026-04-20T02:00:00.000Z' });
    const contact = (customerId: string, at: string) =>
      e.publish(campaignInteractionRecorded, {
        ...campaignInteractionRecorded.example,
        campaignId,
        interactionId: randomUUID(),
        customerId,
        cost: '10.00',
        at,
      });
    // May: 18 campaign contacts and one complaint on the hotline: 19 of 20.
    diamonds.slice(0, 18).forEach((id) => contact(id, '2026-05-12T02:00:00.000Z'));
    e.publish(complaintReceived, {
      ...complaintReceived.example,
      complaintId: randomUUID(),
      customerId: diamonds[18]!,
      receivedAt: '2026-05-13T02:00:00.000Z',
    });
    // June: 18 of 20.
    diamonds.slice(2).forEach((id) => contact(id, '2026-06-12T02:00:00.000Z'));
    // March: two of the sampled files were contacted.
    sample.customerIds.slice(0, 2).forEach((id: string) => contact(id, '2026-03-20T02:00:00.000Z'));
    await e.settle();

    const may = (await coverage('2026-05')).interactionCoverage;
    expect(may).toMatchObject({
      targeted: 20,
      covered: 19,
      uncovered: [diamonds[19]],
      coverage: { value: '0.95', target: '0.95', comparison: 'AT_LEAST', met: true },
      sample: null,
    });
    const june = (await coverage('2026-06')).interactionCoverage;
    expect(june).toMatchObject({ targeted: 20, covered: 18, coverage: { value: '0.90', met: false } });
    expect([...june.uncovered].sort()).toEqual([diamonds[0], diamonds[1]].sort());
    const march = (await coverage('2026-03')).interactionCoverage;
    expect(march.sample).toEqual({ files: 3, covered: 2, coverage: { value: '0.6667', met: false } });
    expect(
      errorCodes(await h.raw(`{ interactionCoverage(month: "2026-05") { covered } }`, {}, sales)),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('the yearly audit review', () => {
  it('[DOMAIN 4.2] finds tier, budget and timeliness issues in a year; a finding opens an AUDIT rectification item', async () => {
    const e = events();
    const wrongTier = register(e, '2025-02-01T02:00:00.000Z');
    const rightTier = register(e, '2025-02-01T02:00:00.000Z');
    e.publish(tierChanged, {
      customerId: wrongTier,
      from: 'MEMBER',
      to: 'DIAMOND',
      reason: 'OVERRIDE',
      evaluationYear: null,
      annualSpend: null,
      effectiveAt: '2026-01-10T02:00:00.000Z',
    });
    e.publish(tierChanged, {
      customerId: rightTier,
      from: 'MEMBER',
      to: 'GOLD',
      reason: 'EVALUATION',
      evaluationYear: 2025,
      annualSpend: '60000.00',
      effectiveAt: '2026-01-10T02:00:00.000Z',
    });
    const buy = (customerId: string, amountCny: string, purchasedAt: string) =>
      e.publish(purchaseRecorded, {
        ...purchaseRecorded.example,
        purchaseId: randomUUID(),
        customerId,
        amount: amountCny,
        amountCny,
        purchasedAt,
      });
    buy(wrongTier, '110000.00', '2025-03-01T02:00:00.000Z');
    buy(wrongTier, '100000.00', '2025-09-01T02:00:00.000Z'); // 210,000 in 2025: Platinum, not Diamond
    buy(rightTier, '60000.00', '2025-05-01T02:00:00.000Z');
    const [overpaid, paidRight] = [randomUUID(), randomUUID()];
    e.approveExpense(overpaid, '10000.00', '2025-06-01T02:00:00.000Z');
    e.approveExpense(paidRight, '5000.00', '2025-06-01T02:00:00.000Z');
    e.pay(overpaid, '6000.00', '10000.00', '2025-06-10T02:00:00.000Z');
    e.pay(overpaid, '5000.00', '10000.00', '2025-07-10T02:00:00.000Z');
    e.pay(paidRight, '5000.00', '10000.00', '2025-06-10T02:00:00.000Z');
    const [late, onTime] = [randomUUID(), randomUUID()];
    for (const [complaintId, n, ok] of [
      [late, 1, false],
      [onTime, 2, true],
    ] as const) {
      e.publish(complaintReceived, {
        ...complaintReceived.example,
        complaintId,
        number: `CP-2025-00000${n}`,
        customerId: rightTier,
        receivedAt: '2025-06-01T02:00:00.000Z',
      });
      e.publish(complaintResolved, {
        ...complaintResolved.example,
        complaintId,
        number: `CP-2025-00000${n}`,
        onTime: ok,
        resolvedAt: '2025-06-09T02:00:00.000Z',
      });
    }
    await e.settle();

    const REVIEW = `id year tierAccuracy { checked findings conformityRate } budgetExecution { checked findings }
      complaintTimeliness { checked findings }
      findings(first: 50) { totalCount edges { node { id part kind subjectId details rectificationItemId } } }`;
    const run = (year: number, actor = auditor) =>
      h.raw<Data>(
        `mutation($y: Int!) { runYearlyReview(input: { year: $y }) { ${REVIEW} } }`,
        { y: year },
        actor,
      );
    expect(errorCodes(await run(2025, control))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(2026))).toEqual(['BAD_USER_INPUT']); // not ended
    const review = (await run(2025)).data!.runYearlyReview;
    expect(review).toMatchObject({
      year: 2025,
      tierAccuracy: { checked: 2, findings: 1, conformityRate: '0.50' },
      budgetExecution: { checked: 2, findings: 1 },
      complaintTimeliness: { checked: 2, findings: 1 },
    });
    const findings = review.findings.edges.map((x: Data) => x.node);
    expect(findings.map((f: Data) => [f.part, f.kind, f.subjectId]).sort()).toEqual(
      [
        ['BUDGET_EXECUTION', 'PAID_OVER_APPROVAL', overpaid],
        ['COMPLAINT_TIMELINESS', 'RESOLVED_LATE', late],
        ['TIER_ACCURACY', 'TIER_MISMATCH', wrongTier],
      ].sort(),
    );
    const budget = findings.find((f: Data) => f.part === 'BUDGET_EXECUTION');
    expect(budget.details).toMatchObject({ approved: '10000.00', paid: '11000.00', excess: '1000.00' });
    expect(errorCodes(await run(2025))).toEqual(['CONFLICT']);

    const open = () =>
      h.raw<Data>(
        `mutation($input: OpenReviewFindingRectificationInput!) {
           openReviewFindingRectification(input: $input) { id source sourceId ownerDepartment status description } }`,
        {
          input: {
            findingId: budget.id,
            rectification: { severity: 'ORDINARY', ownerDepartment: 'FINANCE' },
          },
        },
        auditor,
      );
    const item = (await open()).data!.openReviewFindingRectification;
    expect(item).toMatchObject({
      source: 'AUDIT',
      sourceId: budget.id,
      ownerDepartment: 'FINANCE',
      status: 'OPEN',
    });
    expect(item.description).toContain('1000.00 more than the 10000.00 approved');
    expect(errorCodes(await open())).toEqual(['CONFLICT']);
    const read = await h.ok<Data>(
      `{ yearlyReview(year: 2025) { findings(part: BUDGET_EXECUTION) { edges { node { id rectificationItemId } } } } }`,
      {},
      control,
    );
    expect(read.yearlyReview.findings.edges).toEqual([
      { node: { id: budget.id, rectificationItemId: item.id } },
    ]);
  });
});
