import type { EventDefinition } from './define';
import * as approvals from './events/approvals';
import * as complaints from './events/complaints';
import * as governance from './events/governance';
import * as loyalty from './events/loyalty';

function definitions(module: Record<string, unknown>): EventDefinition[] {
  return Object.values(module)
    .filter((value): value is EventDefinition => {
      const candidate = value as Partial<EventDefinition> | null;
      return (
        typeof candidate === 'object' &&
        candidate !== null &&
        typeof candidate.type === 'string' &&
        'data' in candidate
      );
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

/**
 * Every public event, in catalogue order (by service, then by type). Each service's events live in
 * `events/<service>.ts`; every definition exported there is part of the catalogue. Changes are
 * additive; a breaking change is a new version published beside the old one.
 */
export const EVENTS: EventDefinition[] = [
  ...definitions(loyalty),
  ...definitions(complaints),
  ...definitions(approvals),
  ...definitions(governance),
];

export function eventByType(type: string): EventDefinition | undefined {
  return EVENTS.find((e) => e.type === type);
}
