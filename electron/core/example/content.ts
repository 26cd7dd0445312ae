// What the example workspace holds, taken from the newspaper article
// (../shared/reference/source-article.zh.txt). Figures the article states are used exactly
// as stated; everything it does not state (company names of 2017–2018, people's names,
// addresses, dates it leaves open, the per-county split) is invented and marked: the tag
// EXAMPLE_TAG on companies, names ending in （示例）, notes starting with EXAMPLE_NOTE.

export const EXAMPLE_TAG = '示例';
export const EXAMPLE_NOTE = '示例数据';
export const ex = (text: string) => `${EXAMPLE_NOTE}：${text}`;

/** The working group (对口支援与合作交流工作小组); names invented, so tagged like every invented name. */
export const STAFF = [
  { name: '王建国（示例）', title: '工作小组组长', phone: '021-69989001' },
  { name: '李慧敏（示例）', title: '就业促进科科员', phone: '021-69989002' },
  { name: '张立新（示例）', title: '职业能力建设科科员', phone: '021-69989003' },
  { name: '陈晓东（示例）', title: '对口支援联络员', phone: '021-69989004' },
] as const;

/**
 * Who the person looking at the example is, in the example: nobody of the invented group.
 * Their own choice stays in their own workspace (who-am-I is a setting of each workspace
 * file); the example neither asks them (a dialog before the first look would be in the way)
 * nor lets them act as 王建国 without knowing it. A plain, visible name in the top bar says
 * whose work new records in the example are.
 */
export const EXAMPLE_USER = { name: '示例用户', title: '查看示例工作区的人' } as const;

/** 23 companies of the first Chuxiong trip (2017-11); the article does not name them. */
export const COMPANIES_2017 = [
  ['上海嘉安汽车零部件有限公司', '安亭镇', '汽车及零部件'],
  ['上海马陆精密机械有限公司', '马陆镇', '装备制造'],
  ['上海南翔食品有限公司', '南翔镇', '食品加工'],
  ['上海江桥物流有限公司', '江桥镇', '物流仓储'],
  ['上海徐行电子科技有限公司', '徐行镇', '电子信息'],
  ['上海外冈服饰有限公司', '外冈镇', '纺织服装'],
  ['上海嘉宝汽车内饰件有限公司', '嘉定工业区', '汽车及零部件'],
  ['上海安亭汽车配件制造有限公司', '安亭镇', '汽车及零部件'],
  ['上海菊园包装材料有限公司', '菊园新区', '新材料'],
  ['上海嘉定塑胶制品有限公司', '嘉定镇街道', '新材料'],
  ['上海新成路酒店管理有限公司', '新成路街道', '餐饮服务'],
  ['上海真新物业管理有限公司', '真新街道', '物业保洁'],
  ['上海华亭五金制品有限公司', '华亭镇', '装备制造'],
  ['上海嘉北模具有限公司', '嘉定工业区', '装备制造'],
  ['上海嘉定医疗器械有限公司', '马陆镇', '医疗健康'],
  ['上海嘉工电线电缆有限公司', '南翔镇', '电子信息'],
  ['上海嘉园餐饮管理有限公司', '嘉定镇街道', '餐饮服务'],
  ['上海嘉定印刷有限公司', '江桥镇', '其他'],
  ['上海嘉盛汽车销售服务有限公司', '安亭镇', '商贸零售'],
  ['上海嘉航新能源科技有限公司', '嘉定工业区', '新材料'],
  ['上海嘉禾纺织品有限公司', '外冈镇', '纺织服装'],
  ['上海嘉定保洁服务有限公司', '菊园新区', '物业保洁'],
  ['上海嘉利家具有限公司', '徐行镇', '其他'],
] as const;

/** How many of the 2017 companies came again in 2018-06, and the ones new that year (24 in all). */
export const REUSED_IN_2018 = 20;
export const COMPANIES_2018_NEW = [
  ['上海嘉定智能装备有限公司', '嘉定工业区', '装备制造'],
  ['上海嘉顺汽车电子有限公司', '安亭镇', '汽车及零部件'],
  ['上海嘉旺食品加工有限公司', '马陆镇', '食品加工'],
  ['上海嘉通快递服务有限公司', '江桥镇', '物流仓储'],
] as const;

/**
 * Headcount each 2018-06 company brought (普工, 技工): 60 + 20 each, 15 more 普工 at the
 * first seven; 24 × 80 + 7 × 15 = 2025, the article's "2025 个招聘岗位".
 */
export const headcount2018 = (i: number) => ({ general: 60 + (i < 7 ? 15 : 0), skilled: 20 });

/** The article's towns for the 8 town labour-service centres of 2017-11 and the 5 of 2018-06 (which ones: example). */
export const TOWN_CENTRES_2017 = ['安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇', '嘉定工业区'] as const;
export const TOWN_CENTRES_2018 = ['安亭镇', '马陆镇', '南翔镇', '华亭镇', '外冈镇'] as const;

/**
 * The seven poor counties of 2018-06-27 (the article does not name them) and an invented
 * split whose sums are the article's: 3000余 job seekers, 91 intentions, 29 registered poor.
 */
export const SEVEN_FAIRS = [
  { county: '双柏县', jobSeekers: 500, intentions: 15, poor: 5 },
  { county: '牟定县', jobSeekers: 450, intentions: 13, poor: 4 },
  { county: '南华县', jobSeekers: 400, intentions: 12, poor: 4 },
  { county: '姚安县', jobSeekers: 450, intentions: 14, poor: 5 },
  { county: '大姚县', jobSeekers: 400, intentions: 12, poor: 4 },
  { county: '永仁县', jobSeekers: 400, intentions: 13, poor: 4 },
  { county: '武定县', jobSeekers: 400, intentions: 12, poor: 3 },
] as const;

/** The three Deqin companies the article names, with invented details. */
export const DEQIN_COMPANIES = [
  {
    name: '上海沪工阀门厂（集团）有限公司',
    town: '华亭镇',
    industry: '装备制造',
    address: '嘉定区华亭镇（示例地址）',
    headcount: 850,
    contact: { name: '陈美华（示例）', role: '人事经理' },
    positions: [
      { jobType: '普工', title: '阀门装配普工', headcount: 60, payMin: 5000, payMax: 6000 },
      { jobType: '技工', title: '数控车床技工', headcount: 20, payMin: 6500, payMax: 8000 },
      { jobType: '仓管', title: '成品仓库仓管员', headcount: 10, payMin: 4800, payMax: 5500 },
    ],
  },
  {
    name: '大董（上海）餐饮管理有限公司',
    town: '嘉定镇街道',
    industry: '餐饮服务',
    address: '嘉定区嘉定镇街道（示例地址）',
    headcount: 420,
    contact: { name: '刘佳（示例）', role: '招聘主管' },
    positions: [
      { jobType: '厨师', title: '中餐厨师（学徒可）', headcount: 15, payMin: 5500, payMax: 7500 },
      { jobType: '服务', title: '餐厅服务员', headcount: 30, payMin: 4500, payMax: 5500 },
      { jobType: '保洁', title: '后厨保洁', headcount: 15, payMin: 4200, payMax: 4800 },
    ],
  },
  {
    name: '南亚新材料科技股份有限公司',
    town: '嘉定工业区',
    industry: '新材料',
    address: '嘉定工业区（示例地址）',
    headcount: 1600,
    contact: { name: '周文涛（示例）', role: '人力资源专员' },
    positions: [
      { jobType: '普工', title: '覆铜板生产普工', headcount: 50, payMin: 5200, payMax: 6200 },
      { jobType: '技工', title: '设备维修技工', headcount: 15, payMin: 6500, payMax: 8500 },
    ],
  },
] as const;

/** The workspace file's name: the top bar shows it as the open workspace. */
export const EXAMPLE_FILE_NAME = '示例工作区（嘉定援滇）.sqlite';
