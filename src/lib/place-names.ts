/** Names of places as people say them, derived from the official full names. */

const ethnicGroups = ['朝鲜族', '土家族', '苗族', '藏族', '羌族', '彝族', '蒙古族', '蒙古', '回族', '哈萨克', '柯尔克孜', '傣族', '景颇族', '傈僳族', '白族', '哈尼族', '壮族', '侗族', '布依族'];
const ethnicTail = new RegExp(`(?:${ethnicGroups.join('|')})+自治州$`);

/** Short names that the rules below would make ambiguous or odd. */
const shortNameFixups: Readonly<Record<string, string>> = {
  海南藏族自治州: '海南州',
};

/** 杭州市 → 杭州; 延边朝鲜族自治州 → 延边; 阿克苏地区 → 阿克苏; 兴安盟 stays 兴安盟 (people say it whole). */
export function shortNameOf(fullName: string): string {
  const fixed = shortNameFixups[fullName];
  if (fixed) return fixed;
  if (ethnicTail.test(fullName)) return fullName.replace(ethnicTail, '');
  if (fullName.endsWith('地区')) return fullName.slice(0, -2);
  if (fullName.endsWith('市') && fullName.length > 2) return fullName.slice(0, -1);
  return fullName;
}

export type CityKind = 'municipality' | 'prefecture' | 'autonomous-prefecture' | 'region' | 'league' | 'county-level';

/** The kind of a prefecture-level division, read from its full name. */
export function kindOf(fullName: string): CityKind {
  if (fullName.endsWith('自治州')) return 'autonomous-prefecture';
  if (fullName.endsWith('地区')) return 'region';
  if (fullName.endsWith('盟')) return 'league';
  return 'prefecture';
}

/** Province slugs by the first two digits of the GB/T 2260 code (山西 shanxi, 陕西 shaanxi). */
export const provinceSlugByCode: Readonly<Record<string, string>> = {
  '11': 'beijing', '12': 'tianjin', '13': 'hebei', '14': 'shanxi', '15': 'neimenggu',
  '21': 'liaoning', '22': 'jilin', '23': 'heilongjiang',
  '31': 'shanghai', '32': 'jiangsu', '33': 'zhejiang', '34': 'anhui', '35': 'fujian', '36': 'jiangxi', '37': 'shandong',
  '41': 'henan', '42': 'hubei', '43': 'hunan', '44': 'guangdong', '45': 'guangxi', '46': 'hainan',
  '50': 'chongqing', '51': 'sichuan', '52': 'guizhou', '53': 'yunnan', '54': 'xizang',
  '61': 'shaanxi', '62': 'gansu', '63': 'qinghai', '64': 'ningxia', '65': 'xinjiang',
};

/** 浙江省 → 浙江; 广西壮族自治区 → 广西; 北京市 → 北京. */
export function provinceShortName(fullName: string): string {
  return fullName.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$/, '');
}
