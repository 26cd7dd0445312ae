// Realistic Chinese data for the benchmark workspace: company names built like real
// Jiading employers', valid 统一社会信用代码, addresses on real roads, contacts, and
// visit notes of 30–120 characters about 经营状况 / 工作环境 / 薪资福利 / 食宿条件.
// Everything comes from a seeded generator, so every run builds the same workspace.
import { mulberry32 } from '../electron/core/testing/syncRandom';
import { creditCodeCheckChar } from '../shared/creditCode';

/** A seeded generator (mulberry32, the same the sync tests use) with the helpers the generator needs. */
export function rng(seed: number) {
  const next = mulberry32(seed).next;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, some };
}
export type Rng = ReturnType<typeof rng>;

const PREFIXES = ['上海', '上海', '上海', '上海嘉定', '嘉定', ''];
// Characters that make up 字号 (trade names).
const ZIHAO = [
  '沪', '工', '大', '董', '南', '亚', '华', '亭', '安', '金', '泰', '恒', '丰', '宏', '达', '振', '永', '新', '博', '瑞',
  '嘉', '隆', '申', '汇', '众', '协', '力', '天', '马', '明', '珠', '东', '方', '城', '鑫', '源', '德', '信', '盛', '昌',
  '佳', '利', '通', '海', '翔', '宝', '捷', '联', '创', '科', '龙', '凯', '锦', '润', '辉', '茂', '祥', '和', '正', '兴',
];
const TRADES = [
  '阀门', '精密机械', '汽车配件', '汽车零部件', '餐饮管理', '物流', '供应链管理', '电子科技', '新材料科技', '食品',
  '物业管理', '建筑工程', '服饰', '塑料制品', '模具', '包装材料', '印刷', '医疗器械', '五金制品', '电气',
  '智能装备', '环保科技', '冷链物流', '酒店管理', '保洁服务', '人力资源', '纺织', '家具', '涂料', '线缆',
];
const SUFFIXES = ['有限公司', '有限公司', '有限公司', '股份有限公司', '（集团）有限公司', '有限责任公司', '厂'];

export function companyName(r: Rng): string {
  const zihao = r.pick(ZIHAO) + r.pick(ZIHAO);
  return `${r.pick(PREFIXES)}${zihao}${r.pick(TRADES)}${r.pick(SUFFIXES)}`;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A valid code for a company registered in Jiading (region 310114). */
export function creditCode(r: Rng): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += r.pick(ALPHABET.split(''));
  const first17 = `91310114${org}`;
  return first17 + creditCodeCheckChar(first17)!;
}

const ROADS: Record<string, string[]> = {
  安亭镇: ['墨玉路', '安智路', '曹安公路', '博园路', '昌吉东路', '于田南路'],
  马陆镇: ['宝安公路', '嘉新公路', '陈村路', '白银路', '丰功路'],
  南翔镇: ['民主街', '嘉美路', '沪宜公路', '蕰北路', '古猗园路'],
  江桥镇: ['金沙江西路', '华江路', '曹安公路', '嘉涌路', '鹤旋路'],
  徐行镇: ['新建一路', '宝钱公路', '前曹公路', '徐潘路'],
  华亭镇: ['华亭东路', '华亭西路', '嘉松北路', '霜竹公路'],
  外冈镇: ['恒永路', '外冈大街', '沪宜公路', '嘉松北路'],
  嘉定镇街道: ['城中路', '清河路', '博乐路', '塔城路'],
  新成路街道: ['新成路', '平城路', '仓场路', '迎园路'],
  真新街道: ['真南路', '金沙江西路', '丰庄路', '新郁路'],
  菊园新区: ['叶城路', '城北路', '平城路', '嘉唐公路'],
  嘉定工业区: ['叶城路', '兴贤路', '胜辛路', '和政路', '回城南路'],
};

export function address(r: Rng, town: string): string {
  return `嘉定区${town}${r.pick(ROADS[town] ?? ['沪宜公路'])}${r.int(1, 2999)}号`;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '建国伟明华丽娜强军芳敏静磊洋勇艳杰娟涛超秀英霞平刚桂兰玉梅志红海燕斌宇浩凯晨欣怡子涵佳琪雪峰婷文博俊辉'.split('');

export function personName(r: Rng): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
}

export function mobile(r: Rng): string {
  return `1${r.pick(['3', '5', '8'])}${r.int(0, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
}

export const ROLES = ['人事经理', '人事专员', '行政主管', '总经理', '厂长', '生产主管', '招聘专员', '办公室主任'];
export const TAGS = ['普工', '技工', '仓管', '厨师', '保洁', '服务', '食宿齐全', '德钦专场', '楚雄专场', '两班倒', '长白班', '校企合作'];

const BUSINESS = [
  '订单饱满，计划扩产', '经营稳定，产值较去年增长约百分之十五', '受原材料涨价影响利润下降', '新厂房已投产，产能翻番',
  '主要为汽车整车厂配套', '外贸订单有所减少', '门店持续扩张，今年新开三家', '获评区级守信企业', '生产线正在进行自动化改造',
  '产品供不应求，急需一线操作工', '业务以仓储配送为主，旺季用工缺口大', '与楚雄技师学院有校企合作意向',
];
const ENVIRONMENT = [
  '车间通风良好，有空调，噪音较小', '厂区整洁，设有安全通道和消防设施', '部分岗位需站立作业，有防护用品', '仓库面积大，夏季较热',
  '后厨整洁，有排烟设备', '无尘车间，需穿戴防静电服', '实行两班倒，夜班有补贴', '工作环境一般，正在改造',
  '设有员工活动室和阅览室', '劳动合同签订规范，按时缴纳社保',
];
const WAGES = [
  '普工月薪{a}-{b}元，缴纳五险一金', '技工月薪{a}-{b}元，另有绩效奖金', '试用期三个月，工资不低于{a}元', '计件工资，熟练工月收入可达{b}元',
  '包吃住，月薪{a}元起', '每月按时发放工资，加班按规定支付加班费', '年终奖一至两个月工资', '有高温补贴和夜班补贴',
];
const LODGING = [
  '提供四人间宿舍，有空调和热水', '食堂一日三餐免费', '宿舍为六人间，有独立卫生间', '提供住房补贴每月{c}元',
  '宿舍在厂区内，步行五分钟', '员工餐每餐补贴十元', '暂不提供宿舍，可协助租房', '夫妻房可申请，需排队',
];

function fill(s: string, pay: { min: number; max: number }): string {
  return s.replace('{a}', String(pay.min)).replace('{b}', String(pay.max)).replace('{c}', String(100 * Math.round(pay.min / 1000)));
}

/** 30–120 characters built from sentences on one topic. */
function observation(r: Rng, pool: readonly string[], pay: { min: number; max: number }): string {
  const target = r.int(30, 120);
  let text = '';
  for (const s of r.some(pool, pool.length)) {
    const next = `${fill(s, pay)}。`;
    if (text.length + next.length > 120) break;
    text += next;
    if (text.length >= target) break;
  }
  return text;
}

export function visitTexts(r: Rng, pay: { min: number; max: number }) {
  return {
    business: observation(r, BUSINESS, pay),
    environment: observation(r, ENVIRONMENT, pay),
    wages: observation(r, WAGES, pay),
    lodging: observation(r, LODGING, pay),
  };
}

export const PURPOSES = ['招聘前走访', '赴楚雄专场招聘前走访', '赴德钦专场招聘前走访', '回访在岗务工人员', '了解用工需求', '核查食宿条件', null];
export const FOLLOW_UPS = ['寄送岗位表', '确认宿舍床位数', '邀请参加专场招聘会', '回访在岗人员情况', '核实社保缴纳情况', '提供岗位说明书', '联系街镇劳动保障服务中心'];

/** Queries staff would type: two-character words and four-character phrases. */
export const QUERIES_2 = ['嘉定', '阀门', '安亭', '物流', '餐饮', '马陆', '南翔', '江桥', '机械', '电子', '食品', '宿舍', '模具', '华亭', '沪工', '新材', '物业', '包装', '塑料', '外冈'];
export const QUERIES_4 = [
  '沪工阀门', '餐饮管理', '精密机械', '汽车配件', '冷链物流', '电子科技', '物业管理', '包装材料', '智能装备', '环保科技',
  '墨玉路1', '宝安公路', '安亭汽车', '上海嘉定', '医疗器械', '五金制品', '建筑工程', '人力资源', '酒店管理', '塑料制品',
];
export const VISIT_QUERIES_2 = ['宿舍', '空调', '食堂', '夜班', '社保', '订单', '扩产', '补贴', '阀门', '物流', '热水', '安亭', '嘉定', '仓库', '厨房', '加班', '绩效', '租房', '校企', '楚雄'];
export const VISIT_QUERIES_4 = [
  '四人间宿', '一日三餐', '五险一金', '绩效奖金', '夜班补贴', '订单饱满', '计划扩产', '无尘车间', '高温补贴', '住房补贴',
  '沪工阀门', '餐饮管理', '安全通道', '守信企业', '自动化改', '独立卫生', '劳动合同', '技师学院', '加班费', '员工活动',
];
