import path from 'node:path';
import { subgraphSdlFiles } from '@care/service-kit';
import { dataOf, errorCodes, expectSubgraphContract, type TestActor } from '@care/testing';
import { approvalsForFile } from './harness';

const h = approvalsForFile('approvals');
const staff: TestActor = { roles: ['department_staff'], department: 'SALES' };

const SUBMIT = `mutation($input: SubmitApprovalRequestInput!) {
  submitApprovalRequest(input: $input) { id type amount currency status requiredAuthority requestedBy submittedAt dueAt dueAtProvisional }
}`;

type Submitted = {
  submitApprovalRequest: Record<string, unknown> & { id: string; submittedAt: string; dueAt: string };
};

describe('approval requests', () => {
  it.each([
    ['10000', 'DEPARTMENT_HEAD'],
    ['10000.01', 'VP'],
    ['100000.01', 'GM_OFFICE_MEETING'],
  ])(
    '[DOMAIN 3.1] routes an expense of %s CNY to %s and stores the exact amount',
    async (amount, authority) => {
      const result = dataOf(
        await h.raw<Submitted>(
          SUBMIT,
          { input: { type: 'EXPENSE', title: 'Trade fair stand', amount } },
          staff,
        ),
      ).submitApprovalRequest;
      expect(result).toMatchObject({
        // Money is shown with two decimals.
        amount: amount.includes('.') ? amount : `${amount}.00`,
        currency: 'CNY',
        status: 'PENDING',
        requiredAuthority: authority,
      });
      const rows = await h.sql(`SELECT amount::text AS amount FROM approval_request WHERE id = $1`, [
        result.id,
      ]);
      expect(rows).toEqual([
        {
          amount: `${amount.includes('.') ? amount.padEnd(amount.indexOf('.') + 7, '0') : `${amount}.000000`}`,
        },
      ]);
    },
  );

  it('[DOMAIN 3.3] is due 2 working days after submission, on the company calendar', async () => {
    const result = dataOf(
      await h.raw<Submitted>(
        SUBMIT,
        { input: { type: 'PURCHASE', title: 'Sewing machines', amount: '5000' } },
        staff,
      ),
    ).submitApprovalRequest;
    const submitted = new Date(result.submittedAt).getTime();
    const due = new Date(result.dueAt).getTime();
    // Two working days are 18 working hours; with nights, weekends and holidays the span is longer, never shorter.
    expect(due - submitted).toBeGreaterThanOrEqual(18 * 3600_000);
    expect(result.requestedBy).toBe('user-department_staff');
  });

  it('refuses a float-like or negative amount, and a foreign currency, with BAD_USER_INPUT', async () => {
    for (const amount of ['12.3456789', '-5', 'lots']) {
      const r = await h.raw(SUBMIT, { input: { type: 'EXPENSE', title: 'x', amount } }, staff);
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    }
    const usd = await h.raw(
      SUBMIT,
      { input: { type: 'EXPENSE', title: 'x', amount: '5', currency: 'USD' } },
      staff,
    );
    expect(errorCodes(usd)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a request for an amount of 0: every business type is approved for an amount', async () => {
    for (const type of ['EXPENSE', 'PURCHASE', 'COMPENSATION', 'OTHER'])
      for (const amount of ['0', '0.00']) {
        const title = `nothing ${type} ${amount}`;
        const r = await h.raw(SUBMIT, { input: { type, title, amount } }, staff);
        expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
        expect(
          await h.sql(`SELECT count(*)::int AS n FROM approval_request WHERE title = $1`, [title]),
        ).toEqual([{ n: 0 }]);
      }
  });
});

describe('federation contract', () => {
  it('answers _service { sdl } with its schema file and resolves ApprovalRequest entities by id', async () => {
    const submitted = dataOf(
      await h.raw<Submitted>(SUBMIT, { input: { type: 'OTHER', title: 'contract', amount: '1' } }, staff),
    ).submitApprovalRequest;
    const entity = await expectSubgraphContract(h.service.app, await h.token(staff), {
      sdlFiles: subgraphSdlFiles(path.join(__dirname, '..')),
      entity: { __typename: 'ApprovalRequest', id: submitted.id },
      fields: 'id title amount',
    });
    expect(entity).toEqual({ id: submitted.id, title: 'contract', amount: '1.00' });
  });
});
