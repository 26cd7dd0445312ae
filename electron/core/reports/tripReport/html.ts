// The PDF version of the trip report (工作简报): the same sections and numbering as the Word
// version, laid out on the shared report frame (reportHtml: the unit's red masthead, title,
// date) and printed through Chromium. All text goes through esc().
import { type ReportFrame, esc, reportHtml } from '../document';
import type { ReportBlock, TripReportData } from './data';

// A brief reads in a Song/FangSong face with 黑体 headings and two-character indents.
const CSS = `
body { font: 13pt/1.75 "Noto Serif CJK SC", "Source Han Serif SC", "FangSong", "SimSun", serif; }
h2 { font: bold 14pt/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif; border: 0; margin: 4mm 0 1.5mm; padding: 0; text-indent: 2em; }
p.b { text-indent: 2em; text-align: justify; margin: 0 0 1mm; }
p.b .lead { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "KaiTi", sans-serif; }
table.figures { font-size: 10.5pt; line-height: 1.45; margin: 2mm 0 3mm; }
table.figures th, table.figures td { text-align: center; vertical-align: middle; }
table.figures td.event { text-align: left; }
table.figures td:first-child { white-space: nowrap; }
table.figures tr.total td { font-weight: bold; }
.subtitle { font: bold 15pt/1.5 "Noto Sans CJK SC", sans-serif; letter-spacing: 4pt; color: #c00; }
`;

const p = (text: string) => `<p class="b">${esc(text)}</p>`;
const lead = (l: string, rest: string) => `<p class="b"><span class="lead">${esc(l)}</span>${esc(rest)}</p>`;

function figures(t: NonNullable<TripReportData['table']>): string {
  const row = (cells: string[], cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}>${cells.map((c, i) => `<td${i === 1 ? ' class="event"' : ''}>${esc(c)}</td>`).join('')}</tr>`;
  return `<table class="figures"><thead><tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>
${t.rows.map((r) => row(r)).join('\n')}
${row(t.total, 'total')}
</tbody></table>`;
}

const block = (b: ReportBlock) => (b.kind === 'text' ? p(b.text) : b.kind === 'lead' ? lead(b.lead, b.rest) : figures(b.table));

/** The report's body: the numbered sections that have something to say (下一步工作 is the Word file's, for staff to write). */
export function tripReportBody(d: TripReportData): string {
  return d.sections.flatMap((s) => [`<h2>${esc(s.heading)}</h2>`, ...s.blocks.map(block)]).join('\n');
}

export function tripReportHtml(d: TripReportData): string {
  const frame: ReportFrame = { lang: d.lang, title: d.title, subtitle: d.masthead, unitName: d.unitName, logo: d.logo?.dataUrl ?? null, date: d.issuedOn, body: tripReportBody(d), pageSize: 'A4', css: CSS };
  return reportHtml(frame);
}
