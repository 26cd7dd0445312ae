// Starting values for the editable lists of a new workspace. They are data:
// the user edits them in Settings; nothing in the code depends on these names.

export const JIADING_TOWNS = [
  '安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇',
  '嘉定镇街道', '新成路街道', '真新街道', '菊园新区', '嘉定工业区',
] as const;

export const DEFAULT_INDUSTRIES = [
  '汽车及零部件', '装备制造', '电子信息', '新材料', '食品加工', '餐饮服务', '物流仓储',
  '商贸零售', '物业保洁', '建筑施工', '医疗健康', '纺织服装', '其他',
] as const;

/** 工种: the job types the article names first, then a few more the bureau uses. */
export const DEFAULT_JOB_TYPES = ['普工', '技工', '仓管', '厨师', '保洁', '服务', '电工', '焊工', '叉车工', '质检员'] as const;

/**
 * 对口地区: the prefectures (州) trips go to and their counties and cities, as the
 * article names them. Chuxiong's city and nine counties, and Diqing with Deqin.
 */
export const PARTNER_REGIONS = [
  { name: '楚雄州', counties: ['楚雄市', '双柏县', '牟定县', '南华县', '姚安县', '大姚县', '永仁县', '元谋县', '武定县', '禄丰县'] },
  { name: '迪庆州', counties: ['德钦县', '香格里拉市', '维西县'] },
] as const;
