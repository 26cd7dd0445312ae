// The Word version of the trip report (工作简报), written with the `docx` library so staff
// can edit it in Word or LibreOffice before it goes out. The layout follows a plain Chinese
// government brief: a red masthead, the issuing unit and date over a red rule, the title
// in a Song face, numbered sections with 黑体 headings, body in 仿宋 三号 (16 pt) with a fixed
// 28 pt line, A4 with the government margins (GB/T 9704: top 3.7, bottom 3.5, left 2.8,
// right 2.6 cm). The Chinese family names are set as eastAsia fonts so Word picks them
// (and LibreOffice falls back to an installed CJK face).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type IRunOptions,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportBlock, TripReportData } from './data';

const CM = 567; // twips per centimetre
const PAGE = { width: 11906, height: 16838, top: Math.round(3.7 * CM), bottom: Math.round(3.5 * CM), left: Math.round(2.8 * CM), right: Math.round(2.6 * CM) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const RED = 'C00000';

const font = (eastAsia: string, latin = 'Times New Roman') => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });
const SONG = font('宋体', 'SimSun');
const FANGSONG = font('仿宋', 'FangSong');
const HEITI = font('黑体', 'SimHei');
const KAITI = font('楷体', 'KaiTi');

/** Half-points, as Word counts font size. */
const pt = (n: number) => n * 2;
const BODY = pt(16); // 三号
const TABLE = 21; // 五号 (10.5 pt) in half-points
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // fixed 28 pt

const run = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, font: FANGSONG, size: BODY, language: { eastAsia: 'zh-CN' }, ...o });

/** A body paragraph with the usual two-character first-line indent. */
const body = (text: string, o: { indent?: boolean; runs?: Partial<IRunOptions> } = {}) =>
  new Paragraph({ spacing: LINE, indent: o.indent === false ? undefined : { firstLine: 2 * BODY * 10 }, alignment: AlignmentType.JUSTIFIED, children: [run(text, o.runs)] });

const heading = (text: string) =>
  new Paragraph({ spacing: LINE, indent: { firstLine: 2 * BODY * 10 }, keepNext: true, children: [run(text, { font: HEITI, bold: true })] });

/** A sub-heading inside a section (a delegation group, a day): 楷体, as briefs set their second level. */
const lead = (leadText: string, rest: string) =>
  new Paragraph({ spacing: LINE, indent: { firstLine: 2 * BODY * 10 }, alignment: AlignmentType.JUSTIFIED, children: [run(leadText, { font: KAITI }), run(rest)] });

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function figuresTable(t: NonNullable<TripReportData['table']>): Table {
  // Figures are short ("200余"): narrow columns at 五号 (10.5 pt), the event's name takes the rest.
  const figures = t.columns.length - 2;
  const dateWidth = Math.round(1.9 * CM);
  const figureWidth = Math.round(Math.min(1.6 * CM, (TEXT_WIDTH - dateWidth - 4 * CM) / Math.max(1, figures)));
  const eventWidth = TEXT_WIDTH - dateWidth - figureWidth * figures;
  const widths = t.columns.map((_, i) => (i === 0 ? dateWidth : i === 1 ? eventWidth : figureWidth));
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 50, right: 50 },
      borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
      children: [
        new Paragraph({
          alignment: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 300, lineRule: LineRuleType.AUTO },
          children: [run(text, { size: TABLE, font: bold ? HEITI : FANGSONG })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
      new TableRow({ cantSplit: true, children: t.total.map((c, i) => cell(c, i, i === 0)) }),
    ],
  });
}

const block = (b: ReportBlock): (Paragraph | Table)[] =>
  b.kind === 'text' ? [body(b.text)] : b.kind === 'lead' ? [lead(b.lead, b.rest)] : [figuresTable(b.table), new Paragraph({ spacing: { after: 120 }, children: [] })];

export function tripReportDocument(d: TripReportData): Document {
  const children: (Paragraph | Table)[] = [
    // Masthead in red, then the issuing unit (left) and date (right) over a red rule.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      children: [new TextRun({ text: d.masthead, font: SONG, size: pt(42), bold: true, color: RED, characterSpacing: 200 })],
    }),
    // The unit's name is long: it has its own line, the date sits right over the rule.
    new Paragraph({
      spacing: { after: 0 },
      children: [
        // The logo, when set, 0.9 cm tall in front of the unit's name (pixels at 96 dpi).
        ...(d.logo ? [new ImageRun({ type: d.logo.type, data: d.logo.bytes, transformation: { height: 34, width: Math.round((34 * d.logo.width) / d.logo.height) } }), run(' ', { size: pt(14) })] : []),
        run(d.unitName, { size: pt(14) }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
      spacing: { after: 480 },
      children: [run(d.date, { size: pt(14) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480, line: 700, lineRule: LineRuleType.AT_LEAST },
      children: [new TextRun({ text: d.title, font: SONG, size: pt(22), bold: true, language: { eastAsia: 'zh-CN' } })],
    }),
    ...d.sections.flatMap((s) => [heading(s.heading), ...s.blocks.flatMap(block)]),
    heading(d.nextSteps),
    // Left empty on purpose: staff write the next steps themselves.
    body(''),
    body(''),
  ];

  return new Document({
    creator: d.unitName,
    title: `${d.masthead} ${d.title}`,
    styles: { default: { document: { run: { font: FANGSONG, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 992 },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONG, size: pt(14) })] })],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export const tripReportDocx = async (d: TripReportData): Promise<Buffer> => Packer.toBuffer(tripReportDocument(d));
