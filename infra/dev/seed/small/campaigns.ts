import type { CampaignPlan } from '../campaigns';
import { isoDate, pad } from '../dates';
import { department, STAFF } from '../staff';
import { CUSTOMERS } from './customers';

/** The two demo campaigns: this month's Diamond birthday perk (running) and last Q4's silk trial (archived). */
export function smallCampaigns(
  today: { year: number; month: number },
  idOf: (name: string) => string,
): CampaignPlan[] {
  const lastYear = today.year - 1;
  return [
    {
      name: `Diamond birthday double points ${today.year}-${pad(today.month)}`,
      type: 'BIRTHDAY_PERK',
      targetTiers: ['DIAMOND'],
      budget: '8000',
      expectedEffect: 'Diamond retention >= 97 %',
      startsOn: isoDate(today.year, today.month, 1),
      endsOn: isoDate(today.year, today.month + 1, 0),
      approver: department('MARKETING', 'department_head'),
      interactions: CUSTOMERS.filter((c) => c.tier === 'DIAMOND').map((c) => ({
        customerId: idOf(c.name),
        kind: 'BIRTHDAY_GIFT',
        cost: '380',
        points: 2000,
      })),
      finish: false,
    },
    {
      name: `Gold and Platinum silk trial ${lastYear}-Q4`,
      type: 'PRODUCT_TRIAL',
      targetTiers: ['GOLD', 'PLATINUM'],
      budget: '20000',
      expectedEffect: 'repurchase rate +5 %',
      startsOn: isoDate(lastYear, 10, 1),
      endsOn: isoDate(lastYear, 12, 31),
      approver: STAFF.vp,
      interactions: ['Li Na', 'Chen Hao', 'Liu Fang', 'Xu Jing', 'Isabella Rossi', 'Hiroshi Tanaka'].map(
        (name, i) => ({
          customerId: idOf(name),
          kind: 'TRIAL_SAMPLE',
          cost: String(260 + i * 85),
          points: 500,
        }),
      ),
      finish: true,
    },
  ];
}
