/**
 * Where the large demo company's customers live, how many of them (weights out of 100) and the names
 * they carry: a silk, cotton and linen trader with most customers on the mainland, some in Hong Kong and
 * the rest overseas.
 */
export interface Region {
  code: string;
  weight: number;
  language: string;
  currency: string;
  names: 'CN' | 'HK' | 'EN' | 'DE' | 'FR' | 'IT' | 'JP' | 'KR' | 'ES';
}

export const REGIONS: Region[] = [
  { code: 'CN-GD', weight: 12, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-ZJ', weight: 10, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-JS', weight: 9, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-SH', weight: 8, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-BJ', weight: 6, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-FJ', weight: 5, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-SD', weight: 5, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-SC', weight: 4, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-HB', weight: 3, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-HN', weight: 3, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-AH', weight: 2, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-LN', weight: 2, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'CN-CQ', weight: 2, language: 'zh-CN', currency: 'CNY', names: 'CN' },
  { code: 'HK', weight: 6, language: 'zh-HK', currency: 'HKD', names: 'HK' },
  { code: 'DE', weight: 3, language: 'de', currency: 'EUR', names: 'DE' },
  { code: 'FR', weight: 2, language: 'fr', currency: 'EUR', names: 'FR' },
  { code: 'IT', weight: 2, language: 'it', currency: 'EUR', names: 'IT' },
  { code: 'ES', weight: 1, language: 'es', currency: 'EUR', names: 'ES' },
  { code: 'GB', weight: 2, language: 'en', currency: 'GBP', names: 'EN' },
  { code: 'US-CA', weight: 3, language: 'en', currency: 'USD', names: 'EN' },
  { code: 'US-NY', weight: 2, language: 'en', currency: 'USD', names: 'EN' },
  { code: 'JP', weight: 3, language: 'ja', currency: 'JPY', names: 'JP' },
  { code: 'KR', weight: 2, language: 'ko', currency: 'KRW', names: 'KR' },
  { code: 'SG', weight: 2, language: 'en', currency: 'SGD', names: 'EN' },
  { code: 'AE', weight: 1, language: 'ar', currency: 'USD', names: 'EN' },
];

const split = (s: string) => s.split(' ');

/** Family names first for the Chinese, Japanese and Korean names, as they are written. */
export const NAMES: Record<Region['names'], { family: string[]; given: string[]; familyFirst: boolean }> = {
  CN: {
    family: split(
      'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao',
    ),
    given: split(
      'Wei Fang Na Min Jing Li Qiang Lei Jun Yang Yan Jie Tao Ming Chao Xia Ping Gang Hui Hao Yu Xin Yi Ling Bo Lan Kai Rui Ting Hong Bin Qing Yue Dan Ning Xue Peng Hua Mei Jian',
    ),
    familyFirst: true,
  },
  HK: {
    family: split('Chan Wong Leung Cheung Lau Lee Ho Ng Lam Yeung Tang Tsang Chow Kwok Fung'),
    given: split('Ka-ming Wing-yan Siu-fung Hoi-lam Chi-wai Mei-ling Tsz-kin Yuen-ting Kwok-wai Suk-yee'),
    familyFirst: true,
  },
  EN: {
    family: split(
      'Smith Johnson Brown Taylor Wilson Davies Evans Clarke Walker Wright Hall Carter Lewis Young King Green Baker Tan Lim Khan',
    ),
    given: split(
      'James Emma Oliver Sophie Jack Amelia Harry Olivia George Grace Noah Chloe Liam Ava Ethan Mia Lucas Ella',
    ),
    familyFirst: false,
  },
  DE: {
    family: split('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter'),
    given: split('Lukas Anna Felix Lena Jonas Marie Paul Laura Leon Julia Max Hannah'),
    familyFirst: false,
  },
  FR: {
    family: split('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent'),
    given: split('Louis Camille Hugo Léa Jules Manon Arthur Chloé Gabriel Inès Raphaël Sarah'),
    familyFirst: false,
  },
  IT: {
    family: split('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo'),
    given: split(
      'Francesco Giulia Alessandro Sofia Lorenzo Aurora Matteo Ginevra Leonardo Alice Marco Chiara',
    ),
    familyFirst: false,
  },
  ES: {
    family: split('García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín'),
    given: split('Hugo Lucía Martín Sofía Pablo María Daniel Paula Alejandro Carmen'),
    familyFirst: false,
  },
  JP: {
    family: split(
      'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada',
    ),
    given: split('Haruto Yui Sota Aoi Yuto Hina Riku Sakura Hiroshi Yuki Kenji Emi'),
    familyFirst: true,
  },
  KR: {
    family: split('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim'),
    given: split('Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Seo-jun Su-bin Ye-jun Ji-min'),
    familyFirst: true,
  },
};
