import { randomUUID } from 'node:crypto';
import { errorCodes, references, sqlOf } from '@care/testing';
import { as, approvalsForFile, FRIDAY_10H, openAsked } from './harness';

/** What a request approves, and the approval of what it approves, as this subgraph serves them. */
const h = approvalsForFile('approvals_subjects', FRIDAY_10H);

/** Opens the request another service asks for, as the consumer of its event does. */
const asked = (aggregate: string, id: string, by?: string, service?: Parameters<typeof openAsked>[4]) =>
  openAsked(h, aggregate, id, by, service);

const GM = as('gm-1', 'gm');
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Redemption { id approval { type amount reference { aggregate id } steps { authority } } }
  ... on Discount { id approval { type reference { aggregate id } } }
  ... on Campaign { id approval { type reference { aggregate id } } }
  ... on Solution { id compensationApproval { type reference { service aggregate id } } } } }`;
const SUBJECT = `{ approvalRequests(first: 100) { edges { node { type reference { service aggregate id }
  subject { __typename ... on Redemption { id } ... on Discount { id } ... on Campaign { id }
  ... on Solution { id } ... on ExceptionApplication { id } } } } } }`;

describe('the approval of what a request approves', () => {
  it('resolves a redemption, a discount and a campaign to their requests, and what has none to null', async () => {
    const [redemption, discount, campaign, unasked] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    await asked('redemption', redemption);
    await asked('discount', discount);
    await asked('campaign', campaign);
    // The last, a discount's id given as a redemption's: a subject of another kind, no request.
    const r = [
      ...references('Redemption', redemption),
      ...references('Discount', discount),
      ...references('Campaign', campaign),
      ...references('Redemption', unasked, discount),
    ];
    const { _entities } = await h.ok<{ _entities: unknown[] }>(ENTITIES, { r }, GM);
    expect(_entities).toEqual([
      {
        id: redemption,
        approval: {
          type: 'POINTS_REDEMPTION',
          amount: '800.00',
          reference: { aggregate: 'redemption', id: redemption },
          steps: [{ authority: 'LOYALTY_SUPERVISOR' }],
        },
      },
      { id: discount, approval: { type: 'DISCOUNT', reference: { aggregate: 'discount', id: discount } } },
      { id: campaign, approval: { type: 'CAMPAIGN', reference: { aggregate: 'campaign', id: campaign } } },
      { id: unasked, approval: null },
      { id: discount, approval: null },
    ]);
  });

  it("resolves a complaint's solution to the request that approves its compensation, and one without to null", async () => {
    const [solution, other, redemption] = [randomUUID(), randomUUID(), randomUUID()];
    await asked('solution', solution, 'cs-1', 'complaints');
    await asked('redemption', redemption);
    // The last, a redemption's id given as a solution's: a request of another kind, not its compensation.
    const r = [
      ...references('Solution', solution),
      ...references('Solution', other),
      ...references('Solution', redemption),
    ];
    const { _entities } = await h.ok<{ _entities: unknown[] }>(ENTITIES, { r }, GM);
    expect(_entities).toEqual([
      {
        id: solution,
        compensationApproval: {
          type: 'COMPENSATION',
          reference: { service: 'complaints', aggregate: 'solution', id: solution },
        },
      },
      { id: other, compensationApproval: null },
      { id: redemption, compensationApproval: null },
    ]);
  });

  it("checks the caller's role on every reference: FORBIDDEN to a role that reads no request, null to a requester for another's", async () => {
    const [redemption, solution] = [randomUUID(), randomUUID()];
    await asked('redemption', redemption, 'sales-8');
    await asked('solution', solution, 'cs-1', 'complaints');
    const r = references('Redemption', redemption);
    for (const roles of [['customer'], ['partner'], ['analyst'], []]) {
      for (const refs of [r, references('Solution', solution)]) {
        const refused = await h.raw(ENTITIES, { r: refs }, as('someone', ...roles));
        expect([roles, refs[0]!.__typename, errorCodes(refused)]).toEqual([
          roles,
          refs[0]!.__typename,
          ['FORBIDDEN'],
        ]);
      }
    }
    const approval = async (sub: string) =>
      (await h.ok<{ _entities: { approval: { type: string } | null }[] }>(ENTITIES, { r }, as(sub, 'sales')))
        ._entities[0]!.approval;
    expect(await approval('sales-8')).toEqual(expect.objectContaining({ type: 'POINTS_REDEMPTION' }));
    expect(await approval('sales-9')).toBeNull();
  });

  it("names a request's subject by its type and id (a compensation's is the complaint's solution, an exception's the application); a request submitted directly has none", async () => {
    const [campaign, solution, application] = [randomUUID(), randomUUID(), randomUUID()];
    await asked('campaign', campaign);
    await asked('solution', solution, 'cs-1', 'complaints');
    await asked('exception_application', application, 'head-1', 'governance');
    await h.submitted('900');
    const nodes = (
      await h.ok<{
        approvalRequests: { edges: { node: { reference: { id: string } | null; subject: unknown } }[] };
      }>(SUBJECT, {}, GM)
    ).approvalRequests.edges.map((e) => e.node);
    const of = (id: string | null) => nodes.find((n) => (n.reference?.id ?? null) === id)!.subject;
    expect(of(campaign)).toEqual({ __typename: 'Campaign', id: campaign });
    expect(of(solution)).toEqual({ __typename: 'Solution', id: solution });
    expect(of(application)).toEqual({ __typename: 'ExceptionApplication', id: application });
    expect(of(null)).toBeNull();
  });
});

describe('a batch of references', () => {
  it('finds the approvals of 1 or 60 redemptions in the same statements', async () => {
    const ids = Array.from({ length: 60 }, () => randomUUID());
    for (const id of ids) await asked('redemption', id);
    const statementsFor = async (count: number) => {
      const r = references('Redemption', ...ids.slice(0, count));
      const { answer, statements } = await sqlOf(h.service.dataSource, () =>
        h.ok<{ _entities: { approval: { reference: { id: string } } }[] }>(ENTITIES, { r }, GM),
      );
      expect(answer._entities.map((e) => e.approval.reference.id)).toEqual(ids.slice(0, count));
      return statements;
    };
    const one = await statementsFor(1);
    expect(one).toBeGreaterThan(0);
    expect(await statementsFor(60)).toBe(one);
    // The lookup by subject, then the requests' rows and their steps.
    expect(one).toBeLessThanOrEqual(3);
  });
});
