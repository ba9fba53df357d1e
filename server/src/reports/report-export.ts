import { formatDate, type Locale, type Report } from '@valiza/domain';
import { writeTable } from '../catalogue/spreadsheet.js';
import { PdfLayout } from '../pdf/pdf-layout.js';
import { breakdownTitle, reportText, rowName } from './report-texts.js';

const days = (n: number | null): string => (n === null ? '—' : n.toFixed(1));

/** The report as label–value lines: the headline figures, then each breakdown. */
function sections(report: Report, locale: Locale): { title: string; rows: [string, string][] }[] {
  const t = (key: string) => reportText(locale, key);
  return [
    {
      title: `${report.centre.name} · ${t('period')} ${formatDate(report.period.from)}–${formatDate(report.period.to)}`,
      rows: [
        [t('requests'), String(report.totals.requests)],
        [t('visits'), String(report.totals.visits)],
        [t('visitsCompleted'), String(report.totals.visitsCompleted)],
        [t('applications'), String(report.totals.applications)],
        [t('waitingMedian'), days(report.waiting.medianDays)],
        [t('waitingP90'), days(report.waiting.p90Days)],
      ],
    },
    ...report.breakdowns.map((b) => ({
      title: breakdownTitle(locale, b.measure, b.dimension),
      rows: b.rows.map((row): [string, string] => [rowName(locale, b.dimension, row), String(row.count)]),
    })),
  ];
}

/** The report as one XLSX sheet: a block per section with a blank line between blocks. */
export async function reportXlsx(report: Report, locale: Locale): Promise<Buffer> {
  const rows: string[][] = [[reportText(locale, 'title'), reportText(locale, 'count')]];
  for (const section of sections(report, locale)) rows.push([section.title, ''], ...section.rows, ['', '']);
  return writeTable(rows, 'xlsx', report.period.code.replace(/\.\./, '–').slice(0, 31));
}

/** The report as a PDF in DejaVu Sans (Cyrillic), a heading and a list per section. */
export async function reportPdf(report: Report, locale: Locale): Promise<Uint8Array> {
  const pdf = await PdfLayout.create({
    title: `${reportText(locale, 'title')} ${report.period.code}`,
    language: locale,
  });
  pdf.heading(reportText(locale, 'title'), 16);
  for (const section of sections(report, locale)) {
    pdf.heading(section.title, 12);
    pdf.list(
      section.rows.map(([label, value]) => `${label}: ${value}`),
      { size: 10 },
    );
  }
  return pdf.bytes();
}
