import type { Actor } from '@care/service-kit';
import type { CampaignPlan } from '../campaigns';
import { isoDate, pad } from '../dates';
import { draws, generator } from '../random';
import { department, STAFF } from '../staff';
import type { Tier } from '../types';
import type { LargePlan } from './plan';

/** The GM office, which records the decisions of the GM office meeting. */
const GM_OFFICE: Actor = {
  sub: 'seed-gm-office-lu-ping',
  name: 'Lu Ping',
  roles: ['gm_office'],
  department: 'MANAGEMENT',
};

/** Who approves a campaign of this budget (DOMAIN 3.1): department head, VP, GM office meeting. */
const approverFor = (budget: number): Actor =>
  budget <= 10_000 ? department('MARKETING', 'department_head') : budget <= 100_000 ? STAFF.vp : GM_OFFICE;

interface Outline {
  name: string;
  type: string;
  targetTiers: Tier[];
  startsOn: string;
  endsOn: string;
  expectedEffect: string;
  kind: string;
  /** Share of the targeted customers with an interaction, and its cost range in CNY. */
  reach: number;
  cost: [number, number];
  points: number;
  finish: boolean;
}

/**
 * Last year's campaigns, run to the end (settled and archived), and this year's, running: each reaches
 * a share of its target tiers, and its budget is what the interactions cost plus a margin, so the
 * approver follows from the amount.
 */
export function largeCampaigns(
  plan: LargePlan,
  seed: number,
  today: { year: number; month: number },
  idOf: (index: number) => string,
): CampaignPlan[] {
  const d = draws(generator(seed ^ 0xca4a));
  const lastYear = today.year - 1;
  const outlines: Outline[] = [
    {
      name: `Silk trial ${lastYear}-Q2`,
      type: 'PRODUCT_TRIAL',
      targetTiers: ['GOLD', 'PLATINUM'],
      startsOn: isoDate(lastYear, 4, 1),
      endsOn: isoDate(lastYear, 6, 30),
      expectedEffect: 'repurchase rate +5 %',
      kind: 'TRIAL_SAMPLE',
      reach: 0.2,
      cost: [180, 420],
      points: 500,
      finish: true,
    },
    {
      name: `Platinum thank-you event ${lastYear}`,
      type: 'APPRECIATION_EVENT',
      targetTiers: ['PLATINUM', 'DIAMOND'],
      startsOn: isoDate(lastYear, 11, 1),
      endsOn: isoDate(lastYear, 11, 30),
      expectedEffect: 'Diamond retention >= 97 %',
      kind: 'EVENT_INVITATION',
      reach: 0.5,
      cost: [300, 900],
      points: 0,
      finish: true,
    },
    {
      name: `Gold quarterly discount ${lastYear}-Q4`,
      type: 'EXCLUSIVE_DISCOUNT',
      targetTiers: ['GOLD'],
      startsOn: isoDate(lastYear, 10, 1),
      endsOn: isoDate(lastYear, 12, 31),
      expectedEffect: 'repurchase rate +5 %',
      kind: 'DISCOUNT_ISSUED',
      reach: 0.1,
      cost: [20, 90],
      points: 0,
      finish: true,
    },
    {
      name: `Diamond birthday double points ${today.year}-${pad(today.month)}`,
      type: 'BIRTHDAY_PERK',
      targetTiers: ['DIAMOND'],
      startsOn: isoDate(today.year, today.month, 1),
      endsOn: isoDate(today.year, today.month + 1, 0),
      expectedEffect: 'Diamond retention >= 97 %',
      kind: 'BIRTHDAY_GIFT',
      reach: 0.1,
      cost: [300, 450],
      points: 2000,
      finish: false,
    },
    {
      name: `Linen collection preview ${today.year}`,
      type: 'PRODUCT_TRIAL',
      targetTiers: ['GOLD', 'PLATINUM', 'DIAMOND'],
      startsOn: isoDate(today.year, 1, 1),
      endsOn: isoDate(today.year, 12, 31),
      expectedEffect: 'repurchase rate +5 %',
      kind: 'TRIAL_SAMPLE',
      reach: 0.15,
      cost: [150, 380],
      points: 300,
      finish: false,
    },
  ];
  return outlines.map((o) => {
    const targeted = plan.customers.filter((c) => o.targetTiers.includes(c.tier));
    const reached = targeted.filter(() => d.chance(o.reach));
    const interactions = (reached.length > 0 ? reached : targeted.slice(0, 1)).map((c) => ({
      customerId: idOf(c.index),
      kind: o.kind,
      cost: String(d.between(...o.cost)),
      points: o.points,
    }));
    const spent = interactions.reduce((sum, i) => sum + Number(i.cost), 0);
    const budget = Math.ceil((spent * 1.2) / 500) * 500 || 500;
    return {
      // The group tag keeps these apart from the small seed's campaigns of the same month.
      name: `${o.name} (${plan.groupTag})`,
      type: o.type,
      targetTiers: o.targetTiers,
      budget: String(budget),
      expectedEffect: o.expectedEffect,
      startsOn: o.startsOn,
      endsOn: o.endsOn,
      approver: approverFor(budget),
      interactions,
      finish: o.finish,
    };
  });
}
