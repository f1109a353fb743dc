import { refuse } from '@care/domain-kernel';

export type ConsentKind = 'PRIVACY' | 'MARKETING_EMAIL';

/** A consent given or withdrawn; the history is kept, the latest of a kind is in force. */
export interface Consent {
  id: string;
  customerId: string;
  kind: ConsentKind;
  granted: boolean;
  lawfulBasis: string | null;
  source: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/** The lawful bases of GDPR art. 6, and the CCPA notice for overseas customers (DOMAIN 2.7). */
export const LAWFUL_BASES = [
  'CONSENT',
  'CONTRACT',
  'LEGAL_OBLIGATION',
  'VITAL_INTERESTS',
  'PUBLIC_TASK',
  'LEGITIMATE_INTERESTS',
  'CCPA_NOTICE',
];

/**
 * A consent as recorded (DOMAIN 2.3, 2.7): the privacy authorisation names its lawful basis; withdrawing
 * marketing e-mail is the unsubscribe. Checked before anything is read.
 */
export function consentOf(input: {
  kind: ConsentKind;
  granted: boolean;
  lawfulBasis?: string | null;
  source?: string | null;
}): Pick<Consent, 'kind' | 'granted' | 'lawfulBasis' | 'source'> {
  const lawfulBasis = input.lawfulBasis?.trim().toUpperCase() || null;
  if (input.kind === 'PRIVACY' && input.granted && !lawfulBasis)
    throw refuse.input('lawfulBasis', 'a privacy authorisation needs its lawful basis');
  if (lawfulBasis && !LAWFUL_BASES.includes(lawfulBasis))
    throw refuse.input('lawfulBasis', `lawfulBasis must be one of ${LAWFUL_BASES.join(', ')}`);
  return { kind: input.kind, granted: input.granted, lawfulBasis, source: input.source?.trim() || null };
}

/** Marketing mail only with marketing consent, never after an unsubscribe (DOMAIN 2.3). */
export function mayMail(consents: readonly Consent[]): boolean {
  return consents.filter((c) => c.kind === 'MARKETING_EMAIL').pop()?.granted ?? false;
}
