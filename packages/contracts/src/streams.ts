/** The services that publish events, by the key used in subjects and stream names. */
export const SERVICES = {
  complaints: { stream: 'CARE_COMPLAINTS', source: '/care/complaints' },
  loyalty: { stream: 'CARE_LOYALTY', source: '/care/customers-and-loyalty' },
  approvals: { stream: 'CARE_APPROVALS', source: '/care/approvals' },
  governance: { stream: 'CARE_GOVERNANCE', source: '/care/governance' },
} as const;
export type ServiceKey = keyof typeof SERVICES;
export const SERVICE_KEYS = Object.keys(SERVICES) as ServiceKey[];

export interface StreamDefinition {
  name: string;
  subjects: string[];
  description: string;
  /** Partners may read it. */
  public: boolean;
}

/** One stream per service for its public events, one for dead letters, one for internal plumbing. */
export const STREAMS: StreamDefinition[] = [
  ...SERVICE_KEYS.map((key) => ({
    name: SERVICES[key].stream,
    subjects: [`care.${key}.>`],
    description: `Events published by the ${key} service`,
    public: true,
  })),
  {
    name: 'CARE_DLQ',
    subjects: ['care.dlq.>'],
    description: 'Dead letters: events a consumer could not apply',
    public: false,
  },
  {
    name: 'CARE_INTERNAL',
    subjects: ['care.internal.>'],
    description: 'Internal plumbing (re-driven dead letters)',
    public: false,
  },
];

/** Where a consumer's dead letters go. */
export const dlqSubject = (service: string, purpose: string) => `care.dlq.${service}.${purpose}`;
/** Where re-driven dead letters go back to the same consumer. */
export const redriveSubject = (service: string, purpose: string) =>
  `care.internal.redrive.${service}.${purpose}`;
