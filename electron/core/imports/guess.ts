// Guesses which column fills which field from the header texts the staff's spreadsheets
// use, in Chinese or English. The user checks and fixes the guess in the mapping step.
import type { ImportField, ImportMapping, ImportTarget } from '../../../shared/imports/schema';
import { fieldsOf } from '../../../shared/imports/schema';

/** Header words per field, most specific first; matched against the header with spaces and punctuation removed. */
const WORDS: Record<ImportTarget, Partial<Record<ImportField, string[]>>> = {
  companies: {
    name: ['企业名称', '单位名称', '公司名称', '企业', '单位', '公司', 'companyname', 'company', 'name', 'employer'],
    creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', 'creditcode', 'uscc'],
    town: ['所属街镇', '街镇', '镇街', '所在街镇', '街道', '镇', 'town', 'subdistrict'],
    industry: ['所属行业', '行业', 'industry'],
    headcount: ['职工人数', '员工人数', '从业人数', '人数', '规模', 'headcount', 'employees', 'staff'],
    address: ['地址', '企业地址', '住所', 'address'],
    tags: ['标签', 'tags', 'tag'],
    notes: ['备注', '说明', 'notes', 'note', 'remarks'],
    contactName: ['联系人姓名', '联系人', '姓名', 'contactname', 'contact'],
    contactRole: ['联系人职务', '职务', '职位', 'role', 'title', 'position'],
    contactPhone: ['联系电话', '联系方式', '手机号码', '手机', '电话', 'phone', 'mobile', 'tel'],
  },
  positions: {
    company: ['企业名称', '单位名称', '公司名称', '用人单位', '招聘单位', '企业', '单位', '公司', 'company', 'employer'],
    jobType: ['工种', '岗位类别', '类别', 'jobtype', 'type'],
    title: ['职位名称', '岗位名称', '招聘岗位', '岗位', '职位', 'positiontitle', 'position', 'title', 'job'],
    headcount: ['招聘人数', '需求人数', '人数', 'headcount', 'openings', 'vacancies'],
    payMin: ['最低月薪', '月薪下限', '工资下限', '最低工资', 'paymin', 'minpay', 'minimumpay'],
    payMax: ['最高月薪', '月薪上限', '工资上限', '最高工资', 'paymax', 'maxpay', 'maximumpay'],
    pay: ['月薪', '薪资', '工资', '薪酬', '待遇', 'pay', 'salary', 'wage', 'wages'],
    hoursPerDay: ['每天工时', '每日工时', '日工时', '工时', 'hoursperday', 'hours'],
    daysPerWeek: ['每周天数', '每周工作天数', 'daysperweek', 'days'],
    roomIncluded: ['包住', '住宿', '宿舍', 'roomincluded', 'room', 'lodging', 'dorm'],
    boardIncluded: ['包吃', '用餐', '伙食', '就餐', 'boardincluded', 'board', 'meals'],
    notes: ['备注', '说明', 'notes', 'note', 'remarks'],
  },
};

const squash = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}*＊]/gu, '');

/**
 * Each field gets the column whose header matches one of its words best: an exact match beats a
 * header that contains the word, earlier words beat later ones, and a column fills one field at most.
 */
export function guessMapping(target: ImportTarget, headers: readonly string[]): ImportMapping {
  const squashed = headers.map(squash);
  const candidates: { field: ImportField; column: number; score: number }[] = [];
  for (const field of fieldsOf(target)) {
    const words = WORDS[target][field] ?? [];
    words.forEach((word, rank) => {
      squashed.forEach((h, column) => {
        if (!h) return;
        // Latin words match whole headers only ('name' must not match 'contactname').
        const contains = /[\u4e00-\u9fff]/.test(word) && h.includes(word);
        if (h === word) candidates.push({ field, column, score: 1000 - rank * 10 });
        else if (contains) candidates.push({ field, column, score: 500 - rank * 10 - (h.length - word.length) });
      });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ImportMapping = Object.fromEntries(fieldsOf(target).map((f) => [f, null]));
  const taken = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || taken.has(c.column)) continue;
    mapping[c.field] = c.column;
    taken.add(c.column);
  }
  return mapping;
}
