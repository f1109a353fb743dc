import type { CustomerPlan, Tier } from '../types';

const C = (
  name: string,
  region: string,
  language: string,
  tier: Tier,
  extra: Partial<CustomerPlan> = {},
): CustomerPlan => ({ name, region, language, tier, currency: 'CNY', tags: [], ...extra });

/** 4 Diamond, 6 Platinum, 10 Gold and 20 members; Chinese, Hong Kong and overseas customers. */
export const CUSTOMERS: CustomerPlan[] = [
  C('Wang Li', 'CN-GD', 'zh-CN', 'DIAMOND', {
    birthdayThisMonth: true,
    verify: true,
    marketing: 'GRANTED',
    tags: ['wholesale', 'silk'],
  }),
  C('Zhang Wei', 'CN-SH', 'zh-CN', 'DIAMOND', { verify: true, tags: ['wholesale', 'cotton'] }),
  C('Emma Schneider', 'DE', 'de', 'DIAMOND', {
    currency: 'EUR',
    verify: true,
    marketing: 'GRANTED',
    tags: ['overseas', 'retail-chain'],
  }),
  C('Tang Yi', 'HK', 'zh-HK', 'DIAMOND', { currency: 'HKD', verify: true, tags: ['wholesale', 'silk'] }),
  C('Li Na', 'CN-BJ', 'zh-CN', 'PLATINUM', {
    birthdayThisMonth: true,
    verify: true,
    marketing: 'GRANTED',
    tags: ['boutique'],
  }),
  C('Chen Hao', 'CN-JS', 'zh-CN', 'PLATINUM', { verify: true, tags: ['cotton'] }),
  C('James Carter', 'US-CA', 'en', 'PLATINUM', {
    currency: 'USD',
    verify: true,
    marketing: 'GRANTED',
    tags: ['overseas'],
  }),
  C('Hiroshi Tanaka', 'JP', 'ja', 'PLATINUM', { currency: 'JPY', verify: true, tags: ['overseas', 'silk'] }),
  C('Zheng Hui', 'CN-FJ', 'zh-CN', 'PLATINUM', { verify: true, marketing: 'GRANTED', tags: ['boutique'] }),
  C('Olivia Brown', 'GB', 'en', 'PLATINUM', { currency: 'GBP', verify: true, tags: ['overseas'] }),
  C('Liu Fang', 'CN-ZJ', 'zh-CN', 'GOLD', { verify: true, marketing: 'GRANTED', tags: ['silk'] }),
  C('Yang Xue', 'CN-SC', 'zh-CN', 'GOLD', { verify: true, tags: ['boutique'] }),
  C('Huang Lei', 'CN-FJ', 'zh-CN', 'GOLD', { marketing: 'GRANTED', tags: ['cotton'] }),
  C('Zhao Min', 'CN-SD', 'zh-CN', 'GOLD', { verify: true, tags: ['linen'] }),
  C('Sophie Martin', 'FR', 'fr', 'GOLD', { currency: 'EUR', marketing: 'GRANTED', tags: ['overseas'] }),
  C('Kim Min-jun', 'KR', 'ko', 'GOLD', { currency: 'KRW', tags: ['overseas'] }),
  C('Xu Jing', 'CN-AH', 'zh-CN', 'GOLD', { verify: true, marketing: 'GRANTED', tags: ['linen'] }),
  C('Deng Chao', 'CN-GD', 'zh-CN', 'GOLD', { tags: ['wholesale'] }),
  C('Isabella Rossi', 'IT', 'it', 'GOLD', {
    currency: 'EUR',
    marketing: 'GRANTED',
    tags: ['overseas', 'silk'],
  }),
  C('Chloe Tan', 'SG', 'en', 'GOLD', { currency: 'SGD', tags: ['overseas'] }),
  C('Wu Tingting', 'CN-HB', 'zh-CN', 'MEMBER', {
    birthdayThisMonth: true,
    marketing: 'GRANTED',
    tags: ['online'],
  }),
  C('Zhou Jie', 'CN-HN', 'zh-CN', 'MEMBER', { marketing: 'UNSUBSCRIBED', tags: ['online'] }),
  C('Sun Yue', 'CN-LN', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Ma Jun', 'CN-SN', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['linen'] }),
  C('Zhu Lin', 'CN-CQ', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Hu Xiaoming', 'CN-YN', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Guo Qiang', 'CN-HE', 'zh-CN', 'MEMBER', { verify: true, tags: ['cotton'] }),
  C('He Yan', 'CN-GX', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['online'] }),
  C('Luo Bin', 'CN-GZ', 'zh-CN', 'MEMBER', { tags: ['linen'] }),
  C('Song Jia', 'CN-TJ', 'zh-CN', 'MEMBER', { verify: true, tags: ['online'] }),
  C('Xie Ning', 'CN-JX', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['online'] }),
  C('Han Bing', 'CN-HL', 'zh-CN', 'MEMBER', { tags: ['cotton'] }),
  C('Cao Rui', 'CN-SX', 'zh-CN', 'MEMBER', { tags: ['online'] }),
  C('Peng Li', 'CN-HB', 'zh-CN', 'MEMBER', { marketing: 'GRANTED', tags: ['online'] }),
  C('Ye Qing', 'CN-ZJ', 'zh-CN', 'MEMBER', { tags: ['silk'] }),
  C('Lucas Silva', 'BR', 'pt', 'MEMBER', { currency: 'USD', birthdayThisMonth: true, tags: ['overseas'] }),
  C('Priya Sharma', 'IN', 'en', 'MEMBER', { currency: 'USD', marketing: 'GRANTED', tags: ['overseas'] }),
  C('Ahmed Al-Mansouri', 'AE', 'ar', 'MEMBER', { currency: 'USD', tags: ['overseas'] }),
  C('Nguyen Thi Lan', 'VN', 'vi', 'MEMBER', { currency: 'USD', tags: ['overseas'] }),
  C('Isaac Cohen', 'IL', 'en', 'MEMBER', { currency: 'USD', tags: ['overseas'] }),
];

/** Redemptions: small ones the loyalty supervisor decides, one from 5,000 CNY that waits for the GM. */
export const REDEMPTIONS: {
  key: string;
  customer: string;
  points: number;
  decision?: 'APPROVE' | 'REJECT';
}[] = [
  { key: 'demo-seed-redeem-01', customer: 'Wang Li', points: 120_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-02', customer: 'Li Na', points: 50_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-03', customer: 'Chen Hao', points: 30_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-04', customer: 'Emma Schneider', points: 80_000, decision: 'APPROVE' },
  { key: 'demo-seed-redeem-05', customer: 'James Carter', points: 25_000, decision: 'REJECT' },
  { key: 'demo-seed-redeem-06', customer: 'Zhang Wei', points: 550_000 },
];
