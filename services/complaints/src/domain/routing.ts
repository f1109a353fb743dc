import type { Department } from '@care/domain-kernel';
import type { Category } from './complaint';

/** The departments a complaint can be handed to (DOMAIN "Who uses it"): some of the company's departments. */
export const RESPONSIBLE_DEPARTMENTS = [
  'CUSTOMER_SERVICE',
  'SALES',
  'PURCHASING',
  'LOGISTICS',
  'QUALITY_CONTROL',
  'MARKETING',
  'FINANCE',
  'IT',
  'LEGAL',
] as const satisfies readonly Department[];
export type ResponsibleDepartment = (typeof RESPONSIBLE_DEPARTMENTS)[number];

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
