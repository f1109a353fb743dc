import { configSchema as approvals } from '@care/approvals/src/config';
import { configSchema as complaints } from '@care/complaints/src/config';
import { configSchema as loyalty } from '@care/customers-and-loyalty/src/config';
import { configSchema as gateway } from '@care/gateway/src/config';
import { configSchema as governance } from '@care/governance/src/config';
import type { z } from 'zod';

/** Each service's zod config, by the service's name (infra/dev/services.ts). */
export const CONFIG_SCHEMAS: Record<string, z.ZodType> = {
  complaints,
  'customers-and-loyalty': loyalty,
  approvals,
  governance,
  gateway,
};

/** The variable names a zod config knows (its object shape, under refinements and intersections). */
export function configKeys(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def as {
    shape?: Record<string, unknown>;
    in?: z.ZodType;
    schema?: z.ZodType;
    left?: z.ZodType;
    right?: z.ZodType;
  };
  if (def.shape) return Object.keys(def.shape);
  if (def.left && def.right) return [...configKeys(def.left), ...configKeys(def.right)];
  const inner = def.in ?? def.schema;
  return inner ? configKeys(inner) : [];
}
