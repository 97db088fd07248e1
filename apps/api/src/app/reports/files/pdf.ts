import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { toWinAnsi } from './pdf-text';

export interface PdfColumn {
  header: string;
  /** Share of the text width (the shares of a table add up to 1). */
  width: number;
  align?: 'left' | 'right';
}

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const GREY = '#555555';

/**
 * A small layer over pdfkit for reports: headings, paragraphs, key/value lists, tables that break
 * across pages with their header repeated, SVG charts, and a footer with page numbers. All text goes
 * through `toWinAnsi` (see pdf-text.ts).
 */
export class PdfReport {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(
    title: string,
    private readonly footer: string,
  ) {
    this.doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true, info: { Title: toWinAnsi(title), Creator: 'Rapport' } });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font(BOLD).fontSize(18).text(toWinAnsi(title));
    this.doc.moveDown(0.5);
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensureSpace(height: number): this {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    return this;
  }

  newPage(): this {
    this.doc.addPage();
    return this;
  }

  heading(text: string, level: 1 | 2 | 3 = 1): this {
    const size = { 1: 14, 2: 12, 3: 10.5 }[level];
    this.ensureSpace(size * 4);
    this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    this.doc.font(BOLD).fontSize(size).fillColor('black').text(toWinAnsi(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    return this;
  }

  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean; indent?: number } = {}): this {
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? BOLD : FONT)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? 'black')
      .text(toWinAnsi(text), this.left + indent, this.doc.y, { width: this.width - indent });
    this.doc.fillColor('black');
    return this;
  }

  note(text: string): this {
    return this.paragraph(text, { size: 8.5, color: GREY });
  }

  space(lines = 0.5): this {
    this.doc.moveDown(lines);
    return this;
  }

  /** `label: value` lines, labels in bold. */
  keyValues(pairs: readonly [string, string][]): this {
    for (const [label, value] of pairs) {
      this.doc
        .font(BOLD)
        .fontSize(10)
        .fillColor('black')
        .text(`${toWinAnsi(label)}: `, this.left, this.doc.y, { continued: true, width: this.width })
        .font(FONT)
        .text(toWinAnsi(value));
    }
    return this;
  }

  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): this {
    const widths = columns.map((c) => c.width * this.width);
    const padding = 3;
    const drawRow = (cells: readonly string[], header: boolean) => {
      this.doc.font(header ? BOLD : FONT).fontSize(8.5);
      const texts = cells.map(toWinAnsi);
      const height = Math.max(...texts.map((t, i) => this.doc.heightOfString(t || ' ', { width: widths[i] - 2 * padding }))) + 2 * padding;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!header) drawRow(columns.map((c) => c.header), true);
        this.doc.font(header ? BOLD : FONT).fontSize(8.5);
      }
      const top = this.doc.y;
      if (header) this.doc.rect(this.left, top, this.width, height).fill('#eeeeee').fillColor('black');
      let x = this.left;
      texts.forEach((t, i) => {
        this.doc.text(t, x + padding, top + padding, { width: widths[i] - 2 * padding, align: columns[i].align ?? 'left' });
        x += widths[i];
      });
      this.doc
        .moveTo(this.left, top + height)
        .lineTo(this.left + this.width, top + height)
        .lineWidth(0.5)
        .strokeColor('#cccccc')
        .stroke();
      this.doc.x = this.left;
      this.doc.y = top + height;
    };
    this.ensureSpace(40);
    drawRow(columns.map((c) => c.header), true);
    for (const row of rows) drawRow(row, false);
    this.doc.moveDown(0.5);
    return this;
  }

  /** An SVG (e.g. an ECharts server-side rendering) scaled to the text width. */
  svg(svg: string, width: number, height: number): this {
    const scale = Math.min(1, this.width / width);
    const [w, h] = [width * scale, height * scale];
    this.ensureSpace(h + 10);
    // svg-to-pdfkit sizes the drawing by the root element's width/height; with them set to the target
    // size, the viewBox scales the content to fit the page.
    const sized = svg.replace(/<svg\b[^>]*>/, (tag) =>
      tag.replace(/\swidth="[^"]*"/, ` width="${w}"`).replace(/\sheight="[^"]*"/, ` height="${h}"`),
    );
    // The typings declare the class where the instance is meant.
    SVGtoPDF(this.doc as unknown as Parameters<typeof SVGtoPDF>[0], sized, this.left, this.doc.y, { width: w, height: h, assumePt: true });
    this.doc.x = this.left;
    this.doc.y += h + 10;
    return this;
  }

  /** Writes the footer on every page and returns the finished file. */
  finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { bottom } = this.doc.page.margins;
      // Writing inside the bottom margin would otherwise make pdfkit open a new page.
      this.doc.page.margins.bottom = 0;
      this.doc
        .font(FONT)
        .fontSize(8)
        .fillColor(GREY)
        .text(`${toWinAnsi(this.footer)} - page ${i + 1} of ${range.count}`, this.left, this.doc.page.height - 35, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}

/** Formats a number for a PDF cell: fixed decimals, `–` for none. */
export const fmt = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
