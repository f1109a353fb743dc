import { APPROVAL_TYPES, DEPARTMENTS, refuse, type ApprovalType, type Department } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import { isAuthority, type Authority } from './authority';

export { APPROVAL_TYPES, type ApprovalType };

/** One step of a chain: the authority that decides it; a department head's step may be the applicant's department's. */
export interface PolicyStep {
  authority: Authority;
  /** The head of the applicant's department decides it (any department head when the department is unknown). */
  applicantDepartment?: boolean | null;
}

/**
 * An amount band, in CNY: up to and including `upTo`, or below `below` (exclusive); the last band of a
 * rule has neither (open at the top).
 */
export interface PolicyBand {
  upTo?: string | null;
  below?: string | null;
  steps: PolicyStep[];
}

/** The chains of one business type (for one applicant department, when `department` is set). */
export interface PolicyRule {
  type: ApprovalType;
  /** The rule for requests of this department; none: the type's rule for every other department. */
  department?: Department | null;
  /** The whole approval is decided within this many working days; each step gets an equal share (DOMAIN 3.3). */
  workingDays: number;
  bands: PolicyBand[];
}

/** The authority policy (DOMAIN 3.1, 3.2): business type x amount band -> an ordered chain of steps. */
export interface AuthorityPolicyDocument {
  rules: PolicyRule[];
  /**
   * An emergency carried out at once (DOMAIN 3.6) is ratified by its approval within this many working
   * days of its request; DEFAULT_RATIFICATION_WORKING_DAYS when the version does not say.
   */
  emergencyRatificationWorkingDays?: number | null;
}

/** The seeds give no ratification deadline for an emergency: 2 working days, like a regular approval. */
export const DEFAULT_RATIFICATION_WORKING_DAYS = 2;

/** The working days within which an emergency is ratified under this policy (DOMAIN 3.6). */
export const ratificationWorkingDays = (document: AuthorityPolicyDocument): number =>
  document.emergencyRatificationWorkingDays ?? DEFAULT_RATIFICATION_WORKING_DAYS;

/** A published version of the policy, in force from `effectiveFrom` until a later version takes over. */
export interface AuthorityPolicyVersion {
  version: number;
  effectiveFrom: Date;
  document: AuthorityPolicyDocument;
  publishedBy: string;
  publishedAt: Date;
}

const head: PolicyStep = { authority: 'DEPARTMENT_HEAD', applicantDepartment: true };
const step = (authority: Authority): PolicyStep => ({ authority });
const control = step('INTERNAL_CONTROL');
const finance = step('FINANCE');
const vp = step('VP');
const gm = step('GM');
const meeting = step('GM_OFFICE_MEETING');

/**
 * The regular route (DOMAIN 3.1, 3.2): up to 10,000 CNY the applicant's department head decides alone;
 * above it the route runs department head -> internal control -> finance -> VP in charge, and above
 * 100,000 on up to the GM office meeting. `first` is the department's own approver.
 */
const regularRoute = (first: PolicyStep): PolicyBand[] => [
  { upTo: '10000', steps: [first] },
  { upTo: '100000', steps: [first, control, finance, vp] },
  { steps: [first, control, finance, vp, meeting] },
];

/**
 * Version 1 of the policy, published with the service: every number from the seeds (DOMAIN 3.1-3.3).
 * Where the seeds give none (customer service's own levels by amount) the bands are this policy's
 * choice: up to 1,000 CNY a specialist, up to 5,000 a manager, up to 10,000 the director, above it the
 * director as the department's head on the regular route. Later versions are published, never edited.
 */
export const DEFAULT_POLICY_DOCUMENT: AuthorityPolicyDocument = {
  rules: [
    { type: 'EXPENSE', workingDays: 2, bands: regularRoute(head) },
    { type: 'OTHER', workingDays: 2, bands: regularRoute(head) },
    // A complaint's compensation: the responsible department's head, on up the regular route (DOMAIN 1.6).
    { type: 'COMPENSATION', workingDays: 2, bands: regularRoute(head) },
    // Customer service's own matters: specialist / manager / director by weight (DOMAIN 1.12, 3.1).
    {
      type: 'COMPENSATION',
      department: 'CUSTOMER_SERVICE',
      workingDays: 2,
      bands: [
        { upTo: '1000', steps: [step('CS_SPECIALIST')] },
        { upTo: '5000', steps: [step('CS_MANAGER')] },
        ...regularRoute(step('CS_DIRECTOR')),
      ],
    },
    // A purchase: department head -> finance -> CEO (the GM), and the GM office meeting above 100,000.
    {
      type: 'PURCHASE',
      workingDays: 2,
      bands: [{ upTo: '100000', steps: [head, finance, gm] }, { steps: [head, finance, gm, meeting] }],
    },
    // The Diamond-account supervisor; from 5,000 CNY of value the GM.
    {
      type: 'POINTS_REDEMPTION',
      workingDays: 2,
      bands: [{ below: '5000', steps: [step('LOYALTY_SUPERVISOR')] }, { steps: [gm] }],
    },
    // A Platinum discount: the department head, on up the matrix as the value requires.
    {
      type: 'DISCOUNT',
      workingDays: 2,
      bands: [
        { upTo: '10000', steps: [head] },
        { upTo: '100000', steps: [head, vp] },
        { steps: [head, vp, meeting] },
      ],
    },
    // A reward campaign: internal control's compliance review first, within 1 working day for the whole
    // approval (DOMAIN 2.4, 3.3), then the matrix by budget.
    {
      type: 'CAMPAIGN',
      workingDays: 1,
      bands: [
        { upTo: '10000', steps: [control, head] },
        { upTo: '100000', steps: [control, vp] },
        { steps: [control, meeting] },
      ],
    },
  ],
};

const MAX_WORKING_DAYS = 20;
const MAX_STEPS = 10;

/** A band's limit as a positive decimal; BAD_USER_INPUT naming the field otherwise. */
function limitOf(value: string, field: string): Decimal {
  let limit: Decimal;
  try {
    limit = new Decimal(value);
  } catch {
    throw refuse.input(field, 'a band limit is a decimal amount in CNY');
  }
  if (!limit.isFinite() || limit.lessThanOrEqualTo(0)) throw refuse.input(field, 'a band limit is above 0');
  return limit;
}

function validSteps(steps: readonly PolicyStep[], field: string): PolicyStep[] {
  if (steps.length === 0 || steps.length > MAX_STEPS)
    throw refuse.input(field, `a chain has 1 to ${MAX_STEPS} steps`);
  const seen = new Set<string>();
  return steps.map((s, i) => {
    if (!isAuthority(s.authority)) throw refuse.input(`${field}[${i}].authority`, 'an unknown authority');
    if (s.applicantDepartment && s.authority !== 'DEPARTMENT_HEAD')
      throw refuse.input(`${field}[${i}]`, "only a department head's step is the applicant's department's");
    if (seen.has(s.authority))
      throw refuse.input(`${field}[${i}]`, 'one authority decides one step of a chain, not two');
    seen.add(s.authority);
    return s.applicantDepartment ? { authority: s.authority, applicantDepartment: true } : step(s.authority);
  });
}

function validBands(bands: readonly PolicyBand[], field: string): PolicyBand[] {
  if (bands.length === 0) throw refuse.input(field, 'a rule has at least one band');
  let previous: Decimal | null = null;
  return bands.map((band, i) => {
    const at = `${field}[${i}]`;
    const last = i === bands.length - 1;
    if (band.upTo != null && band.below != null)
      throw refuse.input(at, 'a band ends either up to an amount or below it, not both');
    const end = band.upTo ?? band.below ?? null;
    if (last && end !== null) throw refuse.input(at, 'the last band is open at the top: no upTo or below');
    if (!last && end === null) throw refuse.input(at, 'only the last band is open at the top');
    const steps = validSteps(band.steps, `${at}.steps`);
    if (end === null) return { steps };
    const limit = limitOf(end, `${at}.${band.upTo != null ? 'upTo' : 'below'}`);
    if (previous && limit.lessThanOrEqualTo(previous))
      throw refuse.input(at, 'bands are in ascending order of amount');
    previous = limit;
    return band.upTo != null ? { upTo: limit.toFixed(), steps } : { below: limit.toFixed(), steps };
  });
}

/**
 * Checks a policy before it is published: every business type has its rule (one per type and
 * department), bands ascend to an open top band, every step names a known authority, time limits are
 * whole working days. Returns the document as it will be stored.
 */
export function validatePolicyDocument(document: AuthorityPolicyDocument): AuthorityPolicyDocument {
  const keys = new Set<string>();
  const rules = document.rules.map((rule, i): PolicyRule => {
    const at = `document.rules[${i}]`;
    if (!(APPROVAL_TYPES as readonly string[]).includes(rule.type))
      throw refuse.input(`${at}.type`, 'an unknown business type');
    const department = rule.department ?? null;
    if (department !== null && !(DEPARTMENTS as readonly string[]).includes(department))
      throw refuse.input(`${at}.department`, 'an unknown department');
    const key = `${rule.type}/${department ?? '*'}`;
    if (keys.has(key))
      throw refuse.input(at, `two rules for ${rule.type}${department ? ` in ${department}` : ''}`);
    keys.add(key);
    if (!Number.isInteger(rule.workingDays) || rule.workingDays < 1 || rule.workingDays > MAX_WORKING_DAYS)
      throw refuse.input(`${at}.workingDays`, `a time limit of 1 to ${MAX_WORKING_DAYS} working days`);
    const bands = validBands(rule.bands, `${at}.bands`);
    return department
      ? { type: rule.type, department, workingDays: rule.workingDays, bands }
      : { type: rule.type, workingDays: rule.workingDays, bands };
  });
  const missing = APPROVAL_TYPES.filter((t) => !keys.has(`${t}/*`));
  if (missing.length)
    throw refuse.input(
      'document.rules',
      `every business type needs its rule; missing: ${missing.join(', ')}`,
      {
        missing,
      },
    );
  const ratification = document.emergencyRatificationWorkingDays ?? null;
  if (
    ratification !== null &&
    (!Number.isInteger(ratification) || ratification < 1 || ratification > MAX_WORKING_DAYS)
  )
    throw refuse.input(
      'document.emergencyRatificationWorkingDays',
      `a ratification deadline of 1 to ${MAX_WORKING_DAYS} working days`,
    );
  return ratification === null ? { rules } : { rules, emergencyRatificationWorkingDays: ratification };
}

/**
 * A new version of the policy as the GM publishes it (DOMAIN 3.1): a valid document, in force from
 * `effectiveFrom` (now when not given, never in the past: requests already routed keep their version).
 */
export function publishPolicy(
  input: { effectiveFrom?: Date | null; document: AuthorityPolicyDocument },
  context: { version: number; publishedBy: string; now: Date },
): AuthorityPolicyVersion {
  const effectiveFrom = input.effectiveFrom ?? context.now;
  if (effectiveFrom.getTime() < context.now.getTime())
    throw refuse.input('effectiveFrom', 'a policy takes effect now or later, never in the past');
  return {
    version: context.version,
    effectiveFrom,
    document: validatePolicyDocument(input.document),
    publishedBy: context.publishedBy,
    publishedAt: context.now,
  };
}
