import type { Actor, Department, Role } from '@care/service-kit';

export type Staff =
  | 'specialist'
  | 'manager'
  | 'director'
  | 'sales'
  | 'salesHead'
  | 'internalControl'
  | 'marketing'
  | 'finance'
  | 'supervisor'
  | 'vp'
  | 'gm'
  | 'leadership';

/** One member of staff with one role. */
const person = (sub: string, name: string, role: Role, department: Department): Actor => ({
  sub,
  name,
  roles: [role],
  department,
});

export const STAFF: Record<Staff, Actor> = {
  specialist: person('seed-cs-chen-jing', 'Chen Jing', 'cs_specialist', 'CUSTOMER_SERVICE'),
  manager: person('seed-cs-liu-yang', 'Liu Yang', 'cs_manager', 'CUSTOMER_SERVICE'),
  director: person('seed-cs-zhao-wei', 'Zhao Wei', 'cs_director', 'CUSTOMER_SERVICE'),
  sales: person('seed-sales-sun-hao', 'Sun Hao', 'sales', 'SALES'),
  salesHead: person('seed-sales-head-xu-lei', 'Xu Lei', 'department_head', 'SALES'),
  internalControl: person('seed-ic-he-qian', 'He Qian', 'internal_control', 'INTERNAL_CONTROL'),
  marketing: person('seed-mkt-gao-yan', 'Gao Yan', 'marketing', 'MARKETING'),
  finance: person('seed-fin-deng-rui', 'Deng Rui', 'finance', 'FINANCE'),
  supervisor: person('seed-loyalty-feng-min', 'Feng Min', 'loyalty_supervisor', 'SALES'),
  vp: person('seed-vp-tang-jun', 'Tang Jun', 'vp', 'MANAGEMENT'),
  gm: person('seed-gm-wu-gang', 'Wu Gang', 'gm', 'MANAGEMENT'),
  leadership: person('seed-lead-qian-hong', 'Qian Hong', 'leadership_group', 'MANAGEMENT'),
};

/** Staff or the head of a department, as the complaints it leads need them. */
export const department = (name: string, role: Role = 'department_staff'): Actor => ({
  sub: `seed-${role === 'department_head' ? 'head' : 'staff'}-${name.toLowerCase().replace(/_/g, '-')}`,
  name: `${role === 'department_head' ? 'Head of' : 'Staff of'} ${name.toLowerCase().replace(/_/g, ' ')}`,
  roles: [role],
  department: name as Department,
});
