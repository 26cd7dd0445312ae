// Words the vetting summaries put next to the data, in the app's two languages (the core
// builds these documents itself, with no i18n runtime).
import type { Verdict } from '../../../shared/vetting/scoring';
import type { ReportLang } from './document';

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const VERDICT_LABELS: Record<ReportLang, Record<Verdict, string>> = {
  zh: { approved: '通过', conditional: '有条件通过', rejected: '不通过' },
  en: { approved: 'Approved', conditional: 'Conditional', rejected: 'Rejected' },
};

export const SUMMARY_WORDS = {
  zh: {
    title: '用工企业审核摘要',
    setTitle: '用工企业审核情况汇总',
    /** 一、 二、 … for the sections of a one-company summary. */
    heading: (n: number): string => `${ZH_NUMERALS[n - 1] ?? n}、`,
    /** （一） （二） … for the sections of a company's page in a set. */
    subheading: (n: number): string => `（${ZH_NUMERALS[n - 1] ?? n}）`,
    overview: '审核情况汇总',
    companyFacts: '企业基本情况',
    verdictSection: '审核结论',
    sectionScores: '各部分得分',
    problems: '未通过及不适用项目',
    photos: '现场照片',
    actions: '待整改事项',
    name: '企业名称', creditCode: '统一社会信用代码', town: '所属街镇', industry: '行业', headcount: '职工人数', address: '地址', contact: '联系人',
    pay: '月薪', lodging: '住宿', meals: '就餐',
    verdict: '审核结论', overall: '总分', signedOffBy: '签核人', signedOffAt: '签核日期', expiresOn: '有效期至', checklist: '审核清单', overrideReason: '改变结论的理由',
    section: '审核部分', score: '得分', answered: '已答项目',
    no: '序号', item: '审核项目', answer: '情况', result: '结果', note: '备注',
    failed: '未通过', na: '不适用', critical: '关键项',
    actionWhat: '整改事项', actionWho: '负责人', actionDue: '完成期限',
    none: '无',
    company: '企业',
    notVetted: '尚未审核',
    people: (n: number): string => `${n}人`,
    yuan: (min: number | null, max: number | null): string => (min !== null && max !== null && max !== min ? `${min}–${max}元` : `${min ?? max}元`),
    dorm: (provided: boolean | null, perRoom: number | null): string =>
      provided === false ? '不提供宿舍' : provided ? `提供宿舍${perRoom ? `，每间${perRoom}人` : ''}` : perRoom ? `每间${perRoom}人` : '',
    /** The overview table's short form. */
    dormShort: (provided: boolean | null, perRoom: number | null): string =>
      provided === false ? '无宿舍' : provided ? `有宿舍${perRoom ? `（${perRoom}人/间）` : ''}` : perRoom ? `${perRoom}人/间` : '',
    provided: (b: boolean | null): string => (b === null ? '' : b ? '提供' : '不提供'),
    version: (name: string, v: number): string => `${name}（第${v}版）`,
    morePhotos: (n: number): string => `另有 ${n} 张照片未印出。`,
    unreadablePhoto: '（图片格式无法显示）',
    count: (companies: number, vetted: number): string => `共 ${companies} 家企业，其中已审核 ${vetted} 家。`,
    yesNo: { yes: '是', no: '否', pass: '合格', fail: '不合格', na: '不适用' } as Record<string, string>,
    listSep: '、',
  },
  en: {
    title: 'Employer vetting summary',
    setTitle: 'Employer vetting summaries',
    heading: (n: number): string => `${n}. `,
    subheading: (n: number): string => `${n}. `,
    overview: 'Overview',
    companyFacts: 'Company',
    verdictSection: 'Verdict',
    sectionScores: 'Scores by section',
    problems: 'Failed and not-applicable items',
    photos: 'Photos',
    actions: 'Open follow-up actions',
    name: 'Name', creditCode: 'Credit code', town: 'Town', industry: 'Industry', headcount: 'Headcount', address: 'Address', contact: 'Contact',
    pay: 'Pay', lodging: 'Lodging', meals: 'Meals',
    verdict: 'Verdict', overall: 'Score', signedOffBy: 'Signed off by', signedOffAt: 'Signed off on', expiresOn: 'Valid until', checklist: 'Checklist', overrideReason: 'Reason for the verdict',
    section: 'Section', score: 'Score', answered: 'Answered',
    no: 'No.', item: 'Item', answer: 'Finding', result: 'Result', note: 'Note',
    failed: 'Failed', na: 'N/A', critical: 'critical',
    actionWhat: 'Action', actionWho: 'Who', actionDue: 'Due',
    none: 'None',
    company: 'Company',
    notVetted: 'Not vetted',
    people: (n: number): string => `${n}`,
    yuan: (min: number | null, max: number | null): string => (min !== null && max !== null && max !== min ? `¥${min}–${max}` : `¥${min ?? max}`),
    dorm: (provided: boolean | null, perRoom: number | null): string =>
      provided === false ? 'No dormitory' : provided ? `Dormitory${perRoom ? `, ${perRoom} per room` : ''}` : perRoom ? `${perRoom} per room` : '',
    dormShort: (provided: boolean | null, perRoom: number | null): string =>
      provided === false ? 'None' : provided ? `Dorm${perRoom ? ` (${perRoom}/room)` : ''}` : perRoom ? `${perRoom}/room` : '',
    provided: (b: boolean | null): string => (b === null ? '' : b ? 'Provided' : 'Not provided'),
    version: (name: string, v: number): string => `${name} (v${v})`,
    morePhotos: (n: number): string => `${n} more photos not printed.`,
    unreadablePhoto: '(image type cannot be shown)',
    count: (companies: number, vetted: number): string => `${companies} companies, ${vetted} of them vetted.`,
    yesNo: { yes: 'Yes', no: 'No', pass: 'Pass', fail: 'Fail', na: 'N/A' } as Record<string, string>,
    listSep: ', ',
  },
} satisfies Record<ReportLang, unknown>;

export type SummaryWords = (typeof SUMMARY_WORDS)['zh'];
