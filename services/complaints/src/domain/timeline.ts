import type { Complaint, RuleContext, TimelineEntry, Visibility } from './complaint';

// The complaint's timeline (DOMAIN 1.10): every rule writes what it did; the customer sees the public part.

function entry(
  c: Complaint,
  ctx: RuleContext,
  action: string,
  note: string | null,
  visibility: Visibility = 'PUBLIC',
): TimelineEntry {
  return {
    at: ctx.now.toISOString(),
    action,
    status: c.status,
    actorId: ctx.actor.id,
    actorRole: ctx.actor.role,
    note,
    visibility,
  };
}

export function log(
  c: Complaint,
  ctx: RuleContext,
  action: string,
  note: string | null,
  visibility?: Visibility,
) {
  c.timeline.push(entry(c, ctx, action, note, visibility));
}

/** What the customer may see (DOMAIN 1.10): public entries, the acting role instead of the person. */
export function customerTimeline(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  return timeline.filter((e) => e.visibility === 'PUBLIC').map((e) => ({ ...e, actorId: '' }));
}
