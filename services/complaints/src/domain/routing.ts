import { DEPARTMENTS, type Department } from '@care/domain-kernel';
import type { Category } from './complaint';

/** The company's departments that supervise or manage rather than handle complaints. */
const OVERSIGHT = ['INTERNAL_CONTROL', 'AUDIT', 'COMPLIANCE', 'ADMINISTRATION', 'HR', 'MANAGEMENT'] as const;
/** The departments a complaint can be handed to (DOMAIN "Who uses it"): every other department. */
export type ResponsibleDepartment = Exclude<Department, (typeof OVERSIGHT)[number]>;
export const RESPONSIBLE_DEPARTMENTS = DEPARTMENTS.filter(
  (d): d is ResponsibleDepartment => !(OVERSIGHT as readonly string[]).includes(d),
);

export function isResponsibleDepartment(value: string): value is ResponsibleDepartment {
  return (RESPONSIBLE_DEPARTMENTS as readonly string[]).includes(value);
}

/**
 * The default routing table (DOMAIN 1.4): category -> responsible department. It is data: the
 * migration seeds the `routing_rule` table with it and the service reads the table.
 */
export const DEFAULT_ROUTING: Record<Category, ResponsibleDepartment> = {
  PRODUCT_QUALITY: 'QUALITY_CONTROL',
  LOGISTICS_DELAY: 'LOGISTICS',
  SERVICE_ATTITUDE: 'CUSTOMER_SERVICE',
  POINTS_ANOMALY: 'SALES',
  BILLING: 'FINANCE',
  OTHER: 'CUSTOMER_SERVICE',
};
