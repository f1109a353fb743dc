import { STREAMS, type StreamDefinition } from '@care/contracts';

/**
 * Stream names and subjects, optionally under a namespace so that several test runs (or environments)
 * can share one NATS server: namespace `t1` turns `care.loyalty.>` into `t1.care.loyalty.>` and
 * `CARE_LOYALTY` into `T1_CARE_LOYALTY`. Production uses no namespace.
 */
export class Topology {
  constructor(readonly namespace = '') {
    if (namespace && !/^[a-z0-9_]+$/.test(namespace))
      throw new Error(`namespace "${namespace}" must be lower-case letters, digits or _`);
  }

  subject(base: string): string {
    return this.namespace ? `${this.namespace}.${base}` : base;
  }

  /** The base subject of a namespaced one. */
  baseSubject(subject: string): string {
    return this.namespace && subject.startsWith(`${this.namespace}.`)
      ? subject.slice(this.namespace.length + 1)
      : subject;
  }

  stream(base: string): string {
    return this.namespace ? `${this.namespace.toUpperCase()}_${base}` : base;
  }

  streams(): (StreamDefinition & { base: string })[] {
    return STREAMS.map((s) => ({
      ...s,
      base: s.name,
      name: this.stream(s.name),
      subjects: s.subjects.map((x) => this.subject(x)),
    }));
  }
}
