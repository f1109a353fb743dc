import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { z } from 'zod';
import { EVENTS } from './catalogue';
import { createEvent } from './define';
import { ASYNCAPI_FILE, CATALOGUE_FILE, renderAsyncApi, renderCatalogue } from './docs';
import { envelopeSchema } from './envelope';
import { customerRegistered } from './events/loyalty';
import { STREAMS } from './streams';

/** Field names that would put a person's contact details or identity into an event. */
const PERSONAL =
  /^(e-?mail|phone|mobile|tel|telephone|address|street|postcode|zip|idnumber|idcard|id_number|passport|nationalid|name|fullname|customername|firstname|lastname|birthday|birthdate|dateofbirth|contact)$/i;

function fieldNames(schema: z.ZodType, prefix = ''): string[] {
  const def = (
    schema as unknown as {
      _zod: {
        def: {
          type: string;
          shape?: Record<string, z.ZodType>;
          element?: z.ZodType;
          innerType?: z.ZodType;
          options?: z.ZodType[];
        };
      };
    }
  )._zod.def;
  if (def.shape)
    return Object.entries(def.shape).flatMap(([k, v]) => [
      `${prefix}${k}`,
      ...fieldNames(v, `${prefix}${k}.`),
    ]);
  const inner = def.element ?? def.innerType;
  if (inner) return fieldNames(inner, prefix);
  if (def.options) return def.options.flatMap((o) => fieldNames(o, prefix));
  return [];
}

describe('the event catalogue', () => {
  it('gives every event a unique versioned type on its service subject and a public stream', () => {
    const types = EVENTS.map((e) => e.type);
    expect(new Set(types).size).toBe(types.length);
    for (const e of EVENTS) {
      expect(e.type).toBe(`${e.subject}.v${e.version}`);
      expect(e.subject).toMatch(/^care\.(complaints|loyalty|approvals|governance)\.[a-z_]+\.[a-z_]+$/);
      expect(
        STREAMS.find((s) => s.public && s.subjects.some((p) => e.subject.startsWith(p.replace('>', '')))),
      ).toBeDefined();
    }
  });

  it('carries no personal contact data or ID numbers in any payload', () => {
    const offending = EVENTS.flatMap((e) =>
      fieldNames(e.data)
        .filter((f) => PERSONAL.test(f.split('.').pop()!))
        .map((f) => `${e.type}: ${f}`),
    );
    expect(offending).toEqual([]);
    // The walk really sees nested fields, so the check above can fail.
    expect(
      fieldNames(z.object({ a: z.object({ email: z.string() }) })).filter((f) =>
        PERSONAL.test(f.split('.').pop()!),
      ),
    ).toEqual(['a.email']);
  });

  it('has an example for every event that its own schema accepts', () => {
    for (const e of EVENTS) expect(() => e.data.parse(e.example)).not.toThrow();
  });

  it('builds a CloudEvents-style envelope and refuses a payload that breaks the contract', () => {
    const context = { actor: { kind: 'user', id: 'u-1' }, correlationId: 'req-1' } as const;
    const { example } = customerRegistered;
    const event = createEvent(customerRegistered, example.customerId, example, context);
    expect(envelopeSchema.parse(event)).toEqual(event);
    expect(event).toMatchObject({
      specversion: '1.0',
      type: 'care.loyalty.customer.registered.v1',
      source: '/care/customers-and-loyalty',
      causationId: null,
    });
    // The same context: only the payload is wrong.
    expect(() =>
      createEvent(customerRegistered, 'x', { ...example, tier: 'BRONZE' as 'GOLD' }, context),
    ).toThrow();
  });
});

describe('the generated documents', () => {
  it('are committed up to date (run `pnpm --filter @care/contracts docs`)', () => {
    expect(readFileSync(ASYNCAPI_FILE, 'utf8')).toBe(renderAsyncApi());
    expect(readFileSync(CATALOGUE_FILE, 'utf8')).toBe(renderCatalogue());
  });

  it('is a valid AsyncAPI 3.0 document naming every event', async () => {
    const { document, diagnostics } = await new Parser().parse(readFileSync(ASYNCAPI_FILE, 'utf8'));
    const errors = diagnostics
      .filter((d) => d.severity === 0)
      .map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(
      document
        ?.channels()
        .all()
        .map((c) => c.address())
        .sort(),
    ).toEqual(EVENTS.map((e) => e.subject).sort());
  });
});
