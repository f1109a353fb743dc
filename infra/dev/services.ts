/** The four subgraphs and the gateway as the launcher, migrations and tests know them. */
export interface ServiceSpec {
  name: string;
  /** Workspace folder, relative to the repository root. */
  dir: string;
  port: number;
  /** The launcher's env var that overrides the port. */
  portVar: string;
  schema?: string;
  role?: string;
}

export const SUBGRAPHS: ServiceSpec[] = [
  {
    name: 'complaints',
    dir: 'services/complaints',
    port: 4001,
    portVar: 'COMPLAINTS_PORT',
    schema: 'complaints',
    role: 'care_complaints',
  },
  {
    name: 'customers-and-loyalty',
    dir: 'services/customers-and-loyalty',
    port: 4002,
    portVar: 'CUSTOMERS_AND_LOYALTY_PORT',
    schema: 'loyalty',
    role: 'care_loyalty',
  },
  {
    name: 'approvals',
    dir: 'services/approvals',
    port: 4003,
    portVar: 'APPROVALS_PORT',
    schema: 'approvals',
    role: 'care_approvals',
  },
  {
    name: 'governance',
    dir: 'services/governance',
    port: 4004,
    portVar: 'GOVERNANCE_PORT',
    schema: 'governance',
    role: 'care_governance',
  },
];

export const GATEWAY: ServiceSpec = { name: 'gateway', dir: 'gateway', port: 4000, portVar: 'GATEWAY_PORT' };

/** The gateway's env var carrying a subgraph's URL. */
export const urlVar = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;
