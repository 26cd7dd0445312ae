// Vetting summaries (审核摘要) on the shared report frame. For one company: its facts, the
// verdict and who signed it off, the score of each section, every failed or not-applicable
// item with its note, thumbnails of the evidence photos and the open follow-up actions —
// numbered sections, one or two A4 pages. For a set of companies (those of a trip, or a
// selection): first a table of verdicts, section scores, pay, lodging and meals, then one
// page per vetted company. All user text escaped; images only as data: URLs.
import { localDay } from '../../../shared/dates';
import type { AnswerValue } from '../../../shared/vetting/answers';
import type { Vetting } from '../../../shared/vetting/schema';
import { templateItems } from '../../../shared/vetting/template';
import { type ReportLang, esc, escLines, reportDate, reportHtml } from './document';
import { type Living, MAX_PHOTOS, type VettingSummaryData } from './vettingData';
import { SUMMARY_WORDS, type SummaryWords, VERDICT_LABELS } from './vettingWords';

export interface Issuer {
  unitName: string;
  logo: string | null;
}

const CSS = `
.verdict-line { font-size: 12pt; margin: 0 0 1.5mm; }
.verdict-line strong { font-size: 14pt; }
.verdict-approved { color: #060; }
.verdict-conditional { color: #a60; }
.verdict-rejected { color: #c00; }
h3 { margin-top: 3mm; }
table.pairs th { width: 24mm; }
table.pairs td { width: 65mm; }
table.scores, table.pairs, .photos { break-inside: avoid; page-break-inside: avoid; }
table.scores th, table.scores td { text-align: center; white-space: normal; }
table.scores tbody th { white-space: nowrap; }
table.problems td.note { width: 58mm; }
td.nowrap { white-space: nowrap; }
table.overview { font-size: 9pt; }
table.overview th, table.overview td { padding: 1mm 1.2mm; }
table.overview th { white-space: normal; vertical-align: middle; }
table.overview th:first-child { white-space: nowrap; }
td.seq { width: 9mm; text-align: center; }
.photos { display: flex; flex-wrap: wrap; gap: 3mm; margin: 0 0 3mm; }
.photos figure { margin: 0; width: 40mm; break-inside: avoid; page-break-inside: avoid; }
.photos img { display: block; width: 40mm; height: 30mm; object-fit: cover; border: 0.5pt solid #888; }
.photos .unreadable { display: flex; align-items: center; justify-content: center; width: 40mm; height: 30mm; border: 0.5pt dashed #888; font-size: 8.5pt; color: #444; }
.photos figcaption { font-size: 8.5pt; line-height: 1.3; margin-top: 0.8mm; color: #333; }
h2.company-name { font-size: 15pt; border-bottom: 1.5pt solid #000; margin-top: 0; }
`;

const num = (x: number | null) => (x === null ? '—' : String(x));

/** An answer as words: 是/否, 合格/不合格, a choice's label, a number with its unit. */
function answerText(v: Vetting, itemKey: string, value: AnswerValue, lang: ReportLang, w: SummaryWords): string {
  const item = templateItems(v.template).find((i) => i.key === itemKey);
  if (typeof value === 'string' && w.yesNo[value] && (value === 'na' || item?.kind === 'yesNo' || item?.kind === 'passFail')) return w.yesNo[value]!;
  if (item && (item.kind === 'singleChoice' || item.kind === 'multiChoice')) {
    const keys = Array.isArray(value) ? value : [String(value)];
    return keys.map((k) => item.options.find((o) => o.key === k)?.label[lang] || item.options.find((o) => o.key === k)?.label.zh || k).join(w.listSep);
  }
  if (item?.kind === 'number' && typeof value === 'number') return `${value}${item.unit ? ` ${item.unit}` : ''}`;
  return Array.isArray(value) ? value.join(w.listSep) : String(value);
}

const label = (l: { zh: string; en: string }, lang: ReportLang) => (lang === 'en' && l.en ? l.en : l.zh);

export const payText = (l: Living, w: SummaryWords) => (l.payMin === null && l.payMax === null ? '' : w.yuan(l.payMin, l.payMax));
export const lodgingText = (l: Living, w: SummaryWords) => w.dorm(l.dormProvided, l.peoplePerRoom);

/** A table of label–value pairs, two pairs to a row; a pair marked wide takes a row of its own. */
function pairsTable(cls: string, pairs: { k: string; v: string; wide?: boolean }[]): string {
  const rows: string[] = [];
  const cell = (p: { k: string; v: string }, wide: boolean) => `<th>${esc(p.k)}</th><td${wide ? ' colspan="3"' : ''}>${escLines(p.v)}</td>`;
  let half: { k: string; v: string } | null = null;
  for (const p of pairs.filter((x) => x.v)) {
    if (half && !p.wide) {
      rows.push(`<tr>${cell(half, false)}${cell(p, false)}</tr>`);
      half = null;
      continue;
    }
    // A pair left alone before a wide one takes the whole row.
    if (half) rows.push(`<tr>${cell(half, true)}</tr>`);
    half = null;
    if (p.wide) rows.push(`<tr>${cell(p, true)}</tr>`);
    else half = p;
  }
  if (half) rows.push(`<tr>${cell(half, true)}</tr>`);
  return `<table class="pairs ${cls}"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function factsTable(d: VettingSummaryData, w: SummaryWords): string {
  const c = d.company;
  const contact = c.contacts[0];
  return pairsTable('facts', [
    { k: w.name, v: c.name, wide: true },
    { k: w.creditCode, v: c.creditCode ?? '' },
    { k: w.headcount, v: c.headcount === null ? '' : w.people(c.headcount) },
    { k: w.town, v: c.townName ?? '' },
    { k: w.industry, v: c.industryName ?? '' },
    { k: w.address, v: c.address ?? '', wide: true },
    { k: w.contact, v: contact ? [contact.name, contact.role, contact.phone].filter(Boolean).join(' ') : '', wide: true },
    { k: w.pay, v: payText(d.living, w) },
    { k: w.meals, v: w.provided(d.living.mealsProvided) },
    { k: w.lodging, v: [lodgingText(d.living, w), d.living.lodging].filter(Boolean).join('；'), wide: true },
  ]);
}

function verdictBlock(v: Vetting, lang: ReportLang, w: SummaryWords): string {
  const verdict = v.verdict ?? v.score.suggestedVerdict;
  return `<p class="verdict-line">${esc(w.verdict)}：<strong class="verdict-${verdict ?? 'none'}">${esc(verdict ? VERDICT_LABELS[lang][verdict] : '—')}</strong>\u3000${esc(w.overall)}：<strong>${num(v.score.overall)}</strong></p>
${pairsTable('signoff', [
  { k: w.signedOffBy, v: v.signedOffByName ?? '—' },
  { k: w.signedOffAt, v: v.signedOffOn ? reportDate(v.signedOffOn, lang) : '—' },
  { k: w.expiresOn, v: v.expiresOn ? reportDate(v.expiresOn, lang) : '—' },
  { k: w.checklist, v: w.version(label(v.template.name, lang), v.templateVersion) },
  { k: w.overrideReason, v: v.override?.reason ?? '', wide: true },
])}`;
}

/** The sections side by side: their scores and how many items were answered. */
function sectionScores(v: Vetting, lang: ReportLang, w: SummaryWords): string {
  const sections = v.template.sections.map((s) => ({ s, sc: v.score.sections.find((x) => x.key === s.key) }));
  return `<table class="scores"><thead><tr><th>${esc(w.section)}</th>${sections.map(({ s }) => `<th>${esc(label(s.title, lang))}</th>`).join('')}<th>${esc(w.overall)}</th></tr></thead><tbody>
<tr><th>${esc(w.score)}</th>${sections.map(({ s, sc }) => `<td class="num" data-section="${esc(s.key)}">${num(sc?.score ?? null)}</td>`).join('')}<td class="num overall"><strong>${num(v.score.overall)}</strong></td></tr>
<tr><th>${esc(w.answered)}</th>${sections.map(({ sc }) => `<td class="num">${sc ? `${sc.answered} / ${sc.visible}` : '—'}</td>`).join('')}<td></td></tr>
</tbody></table>`;
}

function problems(v: Vetting, lang: ReportLang, w: SummaryWords): string {
  const items = templateItems(v.template);
  const bad = v.score.items.filter((r) => r.visible && (r.outcome === 'fail' || r.outcome === 'na'));
  if (!bad.length) return `<p>${esc(w.none)}</p>`;
  const rows = bad.map((r, n) => {
    const item = items.find((i) => i.key === r.key)!;
    const section = v.template.sections.find((s) => s.key === r.sectionKey);
    const answer = v.answers.find((a) => a.itemKey === r.key);
    const critical = item.critical && r.outcome === 'fail' ? `（${esc(w.critical)}）` : '';
    return `<tr class="problem" data-item="${esc(r.key)}"><td class="seq">${n + 1}</td><td class="nowrap">${esc(section ? label(section.title, lang) : '')}</td><td>${esc(label(item.label, lang))}${critical}</td><td class="nowrap">${answer ? esc(answerText(v, r.key, answer.value, lang, w)) : ''}</td><td class="nowrap">${esc(r.outcome === 'fail' ? w.failed : w.na)}</td><td class="note">${escLines(answer?.note)}</td></tr>`;
  });
  return `<table class="problems"><thead><tr><th>${esc(w.no)}</th><th>${esc(w.section)}</th><th>${esc(w.item)}</th><th>${esc(w.answer)}</th><th>${esc(w.result)}</th><th>${esc(w.note)}</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function photos(d: VettingSummaryData, lang: ReportLang, w: SummaryWords): string {
  const v = d.vetting!;
  const items = templateItems(v.template);
  const figures = d.photos.map((p) => {
    const item = items.find((i) => i.key === p.itemKey);
    const caption = [item ? label(item.label, lang) : '', p.caption].filter(Boolean).join('：');
    // A stored type that is not an image type the app stores gets a placeholder, not an <img>.
    const image = p.src ? `<img src="${esc(p.src)}" alt="" data-thumb="${esc(String(p.thumb))}">` : `<div class="unreadable">${esc(w.unreadablePhoto)}</div>`;
    return `<figure>${image}<figcaption>${esc(caption)}</figcaption></figure>`;
  });
  const more = v.photos.length > d.photos.length ? `<p class="muted">${esc(w.morePhotos(v.photos.length - d.photos.length))}</p>` : '';
  return `<div class="photos">${figures.join('')}</div>${more}`;
}

function actions(d: VettingSummaryData, lang: ReportLang, w: SummaryWords): string {
  if (!d.openActions.length) return `<p>${esc(w.none)}</p>`;
  return `<table class="actions"><thead><tr><th>${esc(w.no)}</th><th>${esc(w.item)}</th><th>${esc(w.actionWhat)}</th><th>${esc(w.actionWho)}</th><th>${esc(w.actionDue)}</th></tr></thead><tbody>
${d.openActions.map((a, n) => `<tr><td class="seq">${n + 1}</td><td>${esc(label(a.itemLabel, lang))}</td><td>${escLines(a.what)}</td><td class="nowrap">${esc(a.whoName ?? '')}</td><td class="nowrap">${a.dueDate ? esc(reportDate(a.dueDate, lang)) : ''}</td></tr>`).join('\n')}
</tbody></table>`;
}

/** The numbered sections of one company's summary; `nested` numbers them （一）（二） under a company heading. */
function companySections(d: VettingSummaryData, lang: ReportLang, nested: boolean): string {
  const w = SUMMARY_WORDS[lang];
  const v = d.vetting!;
  const parts: [string, string][] = [
    [w.companyFacts, factsTable(d, w)],
    [w.verdictSection, verdictBlock(v, lang, w)],
    [w.sectionScores, sectionScores(v, lang, w)],
    [w.problems, problems(v, lang, w)],
  ];
  if (d.photos.length) parts.push([w.photos, photos(d, lang, w)]);
  parts.push([w.actions, actions(d, lang, w)]);
  const tag = nested ? 'h3' : 'h2';
  return parts.map(([title, body], n) => `<${tag}>${esc((nested ? w.subheading : w.heading)(n + 1))}${esc(title)}</${tag}>\n${body}`).join('\n');
}

/** One company's summary: a whole document. The company must have a signed-off vetting. */
export function vettingSummaryHtml(d: VettingSummaryData, lang: ReportLang, issuer: Issuer, date: string = localDay()): string {
  const w = SUMMARY_WORDS[lang];
  const body = `<section class="company" data-company="${esc(d.company.id)}">\n${companySections(d, lang, false)}\n</section>`;
  return reportHtml({ lang, title: w.title, subtitle: d.company.name, ...issuer, date, body, pageSize: 'A4', css: CSS });
}

/** The overview table of a set: one row per company, vetted or not. */
export function overviewTable(all: VettingSummaryData[], lang: ReportLang): string {
  const w = SUMMARY_WORDS[lang];
  // Columns for the sections of the checklists used, in the order they first appear.
  const sections = new Map<string, string>();
  for (const d of all) for (const s of d.vetting?.template.sections ?? []) if (!sections.has(s.key)) sections.set(s.key, label(s.title, lang));
  const head = [w.no, w.company, w.verdict, w.overall, ...sections.values(), w.pay, w.lodging, w.meals];
  const rows = all.map((d, n) => {
    const v = d.vetting;
    const verdict = v?.verdict ? VERDICT_LABELS[lang][v.verdict] : w.notVetted;
    const scores = [...sections.keys()].map((k) => `<td class="num">${num(v?.score.sections.find((s) => s.key === k)?.score ?? null)}</td>`);
    return `<tr data-company="${esc(d.company.id)}"><td class="seq">${n + 1}</td><td>${esc(d.company.name)}</td><td class="nowrap">${esc(verdict)}</td><td class="num">${num(v?.score.overall ?? null)}</td>${scores.join('')}<td class="nowrap">${esc(payText(d.living, w))}</td><td>${esc(w.dormShort(d.living.dormProvided, d.living.peoplePerRoom))}</td><td class="nowrap">${esc(w.provided(d.living.mealsProvided))}</td></tr>`;
  });
  return `<table class="overview"><thead><tr>${head.map((h, i) => `<th${i >= 3 && i < 4 + sections.size ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<p>${esc(w.count(all.length, all.filter((d) => d.vetting).length))}</p>`;
}

/** One vetted company's page in a set. */
export function companyPage(d: VettingSummaryData, n: number, lang: ReportLang): string {
  return `<section class="company page" data-company="${esc(d.company.id)}">
<h2 class="company-name">${n}. ${esc(d.company.name)}</h2>
${companySections(d, lang, true)}
</section>`;
}

/** A set's document from its pages (built one by one by the caller, so a job can report progress). */
export function vettingSummariesHtml(all: VettingSummaryData[], pages: string[], lang: ReportLang, issuer: Issuer, subtitle: string | null, date: string = localDay()): string {
  const w = SUMMARY_WORDS[lang];
  const body = `<h2>${esc(w.heading(1))}${esc(w.overview)}</h2>\n${overviewTable(all, lang)}\n${pages.join('\n')}`;
  return reportHtml({ lang, title: w.setTitle, subtitle, ...issuer, date, body, pageSize: 'A4', css: CSS });
}

export { MAX_PHOTOS };
