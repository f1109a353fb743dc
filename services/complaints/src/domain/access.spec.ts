import { ROLES } from '@care/domain-kernel';
import { mayReadComplaint, readAccessOf } from './access';

describe('who reads complaints', () => {
  it('[DOMAIN 1.10] handlers and supervisors read in full, analysts masked, customers their own, partners nothing', () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, readAccessOf([role])]));
    expect(table).toEqual({
      cs_specialist: 'FULL',
      cs_manager: 'FULL',
      cs_director: 'FULL',
      qa_inspector: 'FULL',
      department_staff: 'FULL',
      department_head: 'FULL',
      leadership_group: 'FULL',
      internal_control: 'FULL',
      audit: 'FULL',
      compliance: 'FULL',
      admin: 'FULL',
      service: 'FULL',
      analyst: 'ANALYSIS',
      hr: 'ANALYSIS',
      administration: 'ANALYSIS',
      customer: 'OWN',
      partner: 'NONE',
      sales: 'NONE',
      finance: 'NONE',
      marketing: 'NONE',
      vp: 'NONE',
      gm: 'NONE',
      gm_office: 'NONE',
      board: 'NONE',
      loyalty_supervisor: 'NONE',
    });
    expect(readAccessOf([])).toBe('NONE');
    expect(readAccessOf(['partner', 'analyst'])).toBe('ANALYSIS');
  });

  it('[DOMAIN 1.10] a customer may read only complaints of their own customer id', () => {
    expect(mayReadComplaint('OWN', 'c-1', { customerId: 'c-1' })).toBe(true);
    expect(mayReadComplaint('OWN', 'c-1', { customerId: 'c-2' })).toBe(false);
    expect(mayReadComplaint('OWN', null, { customerId: 'c-1' })).toBe(false);
    expect(mayReadComplaint('NONE', null, { customerId: 'c-1' })).toBe(false);
    expect(mayReadComplaint('ANALYSIS', null, { customerId: 'c-1' })).toBe(true);
  });
});
