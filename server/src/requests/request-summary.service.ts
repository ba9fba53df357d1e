import {
  addressLine,
  formatDate,
  formatHryvnias,
  problem,
  ukrainianPlural,
  type Locale,
  type RequestDetail,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { findCentre } from '../org/centre.repository.js';
import { PdfLayout } from '../pdf/pdf-layout.js';
import { loadRequestDetail } from './request-detail.service.js';
import { PAYMENT_TEXT, PLACE_TEXT, SUMMARY_TEXT, WEEKDAY_TEXT } from './request-summary.texts.js';

/**
 * A printable summary of a request for the applicant: the number, where and when, each service with
 * its fee, payment details and documents, and what is still to prepare. Printing opens the person's
 * data, so it is recorded in the audit trail like opening the request.
 */
export async function requestSummaryPdf(
  db: Db,
  actor: Actor,
  id: string,
  locale: Locale = 'uk',
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const request = await loadRequestDetail(db, actor, id, { view: true });
  const centre = await findCentre(db, actor.centreId!);
  if (!centre) throw problem('not_found');
  const t = SUMMARY_TEXT[locale];
  const pdf = await PdfLayout.create({ title: `${t.title} ${request.number}`, language: locale });
  pdf.text(centre.name, { size: 10, grey: true });
  pdf.text(`${t.title}`, { size: 16, bold: true, after: 2 });
  pdf.field(t.number, request.number);
  pdf.field(t.applicant, request.applicant.fullName);
  pdf.field(t.birthDate, request.applicant.birthDate ? formatDate(request.applicant.birthDate) : null);
  pdf.field(t.where, placeText(request, locale));
  pdf.field(
    t.when,
    request.plannedDate ? `${t.plannedDate}: ${formatDate(request.plannedDate)}` : t.notPlanned,
  );
  pdf.field(t.preferences, preferencesText(request, locale));
  pdf.heading(t.services);
  for (const service of request.services) writeService(pdf, service, locale);
  pdf.heading(t.prepareTitle);
  const toPrepare = request.services.flatMap((s) =>
    s.documents
      .filter((d) => !d.atHand)
      .map((d) => `${d.name} (${d.form === 'original' ? t.original : t.copy})`),
  );
  if (request.services.some((s) => s.paymentMethod === 'prepaid_receipt')) toPrepare.push(t.receipt);
  if (toPrepare.length > 0) pdf.list(toPrepare);
  else pdf.text(t.prepareNothing, { after: 6 });
  pdf.space(8).text(t.footer, { size: 10 });
  pdf.field(t.centrePhone, centre.phone);
  pdf.field(t.centre, [centre.name, centre.address].filter(Boolean).join(', '));
  return {
    bytes: await pdf.bytes(),
    fileName: `request-${request.number.split('-').slice(1).join('-')}.pdf`,
  };
}

function writeService(pdf: PdfLayout, s: RequestDetail['services'][number], locale: Locale): void {
  const t = SUMMARY_TEXT[locale];
  pdf.text(locale === 'en' && s.nameEn ? s.nameEn : s.name, { bold: true, size: 12, after: 3 });
  pdf.field(t.provider, s.provider);
  if (s.fee.kind === 'free') pdf.field(t.fee, t.free);
  else {
    pdf.field(t.fee, formatHryvnias(s.fee.amountKopiyky, locale));
    pdf.field(t.recipient, s.fee.recipient);
    pdf.field(t.iban, s.fee.iban);
    pdf.field(t.recipientCode, s.fee.recipientCode);
    pdf.field(t.purpose, s.fee.purpose);
    pdf.field(t.payment, s.paymentMethod ? PAYMENT_TEXT[locale][s.paymentMethod] : null);
  }
  pdf.field(t.term, s.termDays ? termText(s.termDays, s.termKind, locale) : t.termLaw);
  pdf.text(t.documents, { size: 9, grey: true, after: 1 });
  pdf.list(
    s.documents.map((d) => {
      const form = d.form === 'original' ? t.original : t.copy;
      const note = d.note ? ` — ${d.note}` : '';
      return `${d.name} (${form})${note}: ${d.atHand ? t.atHand : t.toPrepare}`;
    }),
  );
}

function placeText(r: RequestDetail, locale: Locale): string {
  const t = SUMMARY_TEXT[locale];
  const p = r.place;
  const parts: string[] = [PLACE_TEXT[locale][p.kind]];
  if (p.outreachPointName) parts.push(p.outreachPointName);
  if (p.hospitalName) parts.push(p.ward ? `${p.hospitalName}, ${t.ward} ${p.ward}` : p.hospitalName);
  if (p.address) {
    parts.push(addressLine(p.address, locale));
    const extra = [
      p.address.entrance && `${t.entrance} ${p.address.entrance}`,
      p.address.floor && `${t.floor} ${p.address.floor}`,
      p.address.intercom && `${t.intercom} ${p.address.intercom}`,
    ].filter(Boolean);
    if (extra.length) parts.push(extra.join(', '));
  }
  return parts.join('\n');
}

function preferencesText(r: RequestDetail, locale: Locale): string | null {
  const days = r.preferences.weekdays.map((d) => WEEKDAY_TEXT[locale][d]).join(', ');
  const windows = r.preferences.windows.map((w) => `${w.from}–${w.to}`).join(', ');
  const text = [days, windows, r.preferences.note].filter(Boolean).join('; ');
  return text || null;
}

function termText(days: number, kind: 'working' | 'calendar' | 'law', locale: Locale): string {
  const [one, few, many] = SUMMARY_TEXT[locale].days[kind];
  return `${days} ${locale === 'uk' ? ukrainianPlural(days, one, few, many) : days === 1 ? one : many}`;
}
