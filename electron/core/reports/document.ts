// The frame every printed report shares: one self-contained HTML document in the plain
// layout of a Chinese government paper — the issuing unit (and its logo) in red over a red
// rule, a centred title, the date, then the report's own body; A4, page numbers at the foot.
// Built by plain code and printed through Chromium (printToPDF in the app, page.pdf in the
// tests). No scripts and no remote resources: the document's CSP allows only its inline
// style and data: images (the logo, evidence thumbnails). All user text and every attribute
// value goes through esc(), even values the core made itself (a data: URL, an id): a crafted
// workspace controls more of them than it seems.
import { unitLines } from '../../../shared/reports/unitName';
import { PHOTO_TYPES } from '../../../shared/vetting/schema';
import type { ReportLang } from '../trips/labels';

export type { ReportLang };

export const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * A stored image as a data: URL, only for the types the app stores (PHOTO_TYPES); null for any
 * other stored type, which a crafted workspace could make `image/png" onerror="…` or text/html.
 */
export function imageDataUrl(mime: string, data: Buffer): string | null {
  return (PHOTO_TYPES as readonly string[]).includes(mime) ? `data:${mime};base64,${data.toString('base64')}` : null;
}

/** Escaped, with the line breaks of multi-line text kept. */
export const escLines = (s: string | null | undefined): string => (s ? esc(s).replace(/\r\n|\r|\n/g, '<br>') : '');

/** A data: URL of a PNG or JPEG (or WebP), the only images a report may show. */
const DATA_IMAGE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;
export const isDataImage = (s: string | null | undefined): s is string => !!s && DATA_IMAGE.test(s);

export const FONT_STACK = '"Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const SERIF_STACK = '"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif';

export interface ReportFrame {
  lang: ReportLang;
  title: string;
  subtitle?: string | null;
  /** The issuing unit, printed in the masthead. */
  unitName: string;
  /** The unit's logo as a data: URL, or null. */
  logo: string | null;
  /** The report's date, YYYY-MM-DD. */
  date: string;
  /** The report's own HTML, already escaped; `.page` sections start a new printed page. */
  body: string;
  pageSize: 'A4';
  landscape?: boolean;
  /** Extra CSS of this report. */
  css?: string;
}

export function reportDate(date: string, lang: ReportLang): string {
  const [y, m, d] = date.split('-');
  return lang === 'zh' ? `${y}年${Number(m)}月${Number(d)}日` : `${y}-${m}-${d}`;
}

const baseCss = (landscape: boolean) => `
@page { size: A4${landscape ? ' landscape' : ''}; margin: 18mm 16mm 20mm; @bottom-center { content: "— " counter(page) " —"; font: 10pt ${FONT_STACK}; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; font: 11pt/1.6 ${FONT_STACK}; }
.masthead { display: flex; align-items: center; justify-content: center; gap: 4mm; padding-bottom: 2.5mm; border-bottom: 2pt solid #c00; margin-bottom: 0.8mm; }
.masthead + .rule { border-top: 0.6pt solid #c00; margin-bottom: 7mm; }
.masthead img { height: 14mm; max-width: 30mm; object-fit: contain; }
/* A name in two parts (bureau, working group) prints as two lines. */
.masthead .unit { color: #c00; font: bold 17pt/1.35 ${SERIF_STACK}; letter-spacing: 0.5pt; text-align: center; }
h1 { font: bold 18pt/1.4 ${SERIF_STACK}; text-align: center; margin: 0 0 2mm; }
.subtitle { text-align: center; font-size: 12pt; margin: 0 0 1mm; }
.issued { text-align: center; margin: 0 0 6mm; color: #222; }
h2 { font-size: 14pt; margin: 5mm 0 2.5mm; border-bottom: 1.2pt solid #000; padding-bottom: 1mm; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; page-break-inside: auto; margin: 0 0 3mm; }
tr { page-break-inside: avoid; break-inside: avoid; }
thead { display: table-header-group; }
th, td { border: 0.75pt solid #000; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: bold; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.page { break-before: page; page-break-before: always; }
.muted { color: #444; }
/* On screen (a preview, a screenshot) the page keeps the printed margins and width. */
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 18mm 16mm; } }
`;

export function reportHtml(r: ReportFrame): string {
  const logo = isDataImage(r.logo) ? `<img src="${esc(r.logo)}" alt="">` : '';
  return `<!DOCTYPE html>
<html lang="${r.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(r.title)}${r.subtitle ? ` ${esc(r.subtitle)}` : ''}</title>
<style>${baseCss(!!r.landscape)}${r.css ?? ''}</style>
</head>
<body>
<header class="masthead">${logo}<div class="unit">${unitLines(r.unitName).map(esc).join('<br>')}</div></header>
<div class="rule"></div>
<h1>${esc(r.title)}</h1>
${r.subtitle ? `<p class="subtitle">${esc(r.subtitle)}</p>\n` : ''}<p class="issued">${esc(reportDate(r.date, r.lang))}</p>
${r.body}
</body>
</html>
`;
}
