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

export const STAFF: Record<Staff, Actor> = {
  specialist: {
    sub: 'seed-cs-chen-jing',
    name: 'Chen Jing',
    roles: ['cs_specialist'],
    department: 'CUSTOMER_SERVICE',
  },
  manager: {
    sub: 'seed-cs-liu-yang',
    name: 'Liu Yang',
    roles: ['cs_manager'],
    department: 'CUSTOMER_SERVICE',
  },
  director: {
    sub: 'seed-cs-zhao-wei',
    name: 'Zhao Wei',
    roles: ['cs_director'],
    department: 'CUSTOMER_SERVICE',
  },
  sales: { sub: 'seed-sales-sun-hao', name: 'Sun Hao', roles: ['sales'], department: 'SALES' },
  salesHead: {
    sub: 'seed-sales-head-xu-lei',
    name: 'Xu Lei',
    roles: ['department_head'],
    department: 'SALES',
  },
  internalControl: {
    sub: 'seed-ic-he-qian',
    name: 'He Qian',
    roles: ['internal_control'],
    department: 'INTERNAL_CONTROL',
  },
  marketing: { sub: 'seed-mkt-gao-yan', name: 'Gao Yan', roles: ['marketing'], department: 'MARKETING' },
  finance: { sub: 'seed-fin-deng-rui', name: 'Deng Rui', roles: ['finance'], department: 'FINANCE' },
  supervisor: {
    sub: 'seed-loyalty-feng-min',
    name: 'Feng Min',
    roles: ['loyalty_supervisor'],
    department: 'SALES',
  },
  vp: { sub: 'seed-vp-tang-jun', name: 'Tang Jun', roles: ['vp'], department: 'MANAGEMENT' },
  gm: { sub: 'seed-gm-wu-gang', name: 'Wu Gang', roles: ['gm'], department: 'MANAGEMENT' },
  leadership: {
    sub: 'seed-lead-qian-hong',
    name: 'Qian Hong',
    roles: ['leadership_group'],
    department: 'MANAGEMENT',
  },
};

/** Staff or the head of a department, as the complaints it leads need them. */
export const department = (name: string, role: Role = 'department_staff'): Actor => ({
  sub: `seed-${role === 'department_head' ? 'head' : 'staff'}-${name.toLowerCase().replace(/_/g, '-')}`,
  name: `${role === 'department_head' ? 'Head of' : 'Staff of'} ${name.toLowerCase().replace(/_/g, ' ')}`,
  roles: [role],
  department: name as Department,
});
