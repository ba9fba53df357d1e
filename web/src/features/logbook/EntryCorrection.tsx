import { useState } from 'react';
import { LogbookEntry } from '@valiza/domain';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { parseHryvnia } from '../../field/visit/payment/payment';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';

interface DocumentLine {
  name: string;
  pages: string;
  original: boolean;
  certified: boolean;
}

const linesOf = (e: LogbookEntry): DocumentLine[] =>
  e.documents.map((d) => ({ ...d, pages: d.pages === null ? '' : String(d.pages) }));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what the clerk changed goes to the server; the rest is taken from the corrected entry. */
function correctionBody(
  e: LogbookEntry,
  reason: string,
  docs: DocumentLine[],
  rep: { name: string; relation: string; phone: string },
  receipt: { amount: string; number: string },
) {
  const body: Record<string, unknown> = { reason };
  if (!same(docs, linesOf(e))) body.documents = docs.map((d) => ({ ...d, pages: Number(d.pages) || 0 }));
  const before = e.representative;
  const repNow = { name: rep.name.trim(), relation: rep.relation.trim(), phone: rep.phone.trim() };
  const repBefore = {
    name: before?.name ?? '',
    relation: before?.relation ?? '',
    phone: before?.phone ?? '',
  };
  if (!same(repNow, repBefore))
    body.representative = repNow.name
      ? { name: repNow.name, relation: repNow.relation || null, phone: repNow.phone || null }
      : null;
  if (e.payment) {
    const amountKop = parseHryvnia(receipt.amount) ?? -1;
    const receiptNumber = receipt.number.trim() || null;
    if (amountKop !== e.payment.amountKop || receiptNumber !== e.payment.receiptNumber)
      body.payment = { method: e.payment.method, amountKop, receiptNumber };
  }
  return body;
}

/**
 * Corrects what was registered — the documents, the representative, the receipt — before the
 * documents go to the provider. The correction is a new entry under a new number; the page moves
 * to it, and the corrected entry stays in the journal as it was.
 */
export function EntryCorrection({ entry }: { entry: LogbookEntry }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [docs, setDocs] = useState(() => linesOf(entry));
  const [rep, setRep] = useState({
    name: entry.representative?.name ?? '',
    relation: entry.representative?.relation ?? '',
    phone: entry.representative?.phone ?? '',
  });
  const [receipt, setReceipt] = useState({
    amount: entry.payment?.amountKop ? (entry.payment.amountKop / 100).toFixed(2) : '',
    number: entry.payment?.receiptNumber ?? '',
  });
  const setDoc = (i: number, change: Partial<DocumentLine>) =>
    setDocs((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)));

  if (!open)
    return (
      <section aria-labelledby="logbook-correct">
        <h2 id="logbook-correct">{t('logbook.correct.title')}</h2>
        <p>{t('logbook.correct.lead')}</p>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('logbook.correct.open')}
        </Button>
      </section>
    );
  return (
    <section aria-labelledby="logbook-correct">
      <h2 id="logbook-correct">{t('logbook.correct.title')}</h2>
      <p>{t('logbook.correct.lead')}</p>
      <Form
        submitLabel={t('logbook.correct.submit')}
        actions={
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        }
        onSubmit={async () => {
          const made = await api.post(
            `/api/v1/logbook/${entry.id}/correction`,
            correctionBody(entry, reason, docs, rep, receipt),
            LogbookEntry,
          );
          await navigate(`/logbook/${made.id}`);
        }}
      >
        <TextField
          name="reason"
          label={t('logbook.correct.reason')}
          value={reason}
          onChange={setReason}
          multiline
          rows={2}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('logbook.entry.documents')}</legend>
          {docs.map((d, i) => (
            <div key={i} className="fieldset">
              <TextField
                name={`documents.${i}.name`}
                label={t('logbook.correct.docName', { n: i + 1 })}
                value={d.name}
                onChange={(name) => setDoc(i, { name })}
              />
              <TextField
                name={`documents.${i}.pages`}
                label={t('logbook.correct.pages')}
                value={d.pages}
                onChange={(pages) => setDoc(i, { pages })}
                width="short"
              />
              <Checkbox
                name={`documents.${i}.original`}
                label={t('logbook.correct.original')}
                checked={d.original}
                onChange={(original) => setDoc(i, { original })}
              />
              <Checkbox
                name={`documents.${i}.certified`}
                label={t('logbook.correct.certified')}
                checked={d.certified}
                onChange={(certified) => setDoc(i, { certified })}
              />
            </div>
          ))}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('logbook.entry.representative')}</legend>
          <TextField
            name="representative.name"
            label={t('logbook.correct.repName')}
            hint={t('logbook.correct.repHint')}
            value={rep.name}
            onChange={(name) => setRep({ ...rep, name })}
            optional
          />
          <TextField
            name="representative.relation"
            label={t('logbook.correct.repRelation')}
            value={rep.relation}
            onChange={(relation) => setRep({ ...rep, relation })}
            optional
          />
          <TextField
            name="representative.phone"
            label={t('logbook.correct.repPhone')}
            value={rep.phone}
            onChange={(phone) => setRep({ ...rep, phone })}
            type="tel"
            optional
          />
        </fieldset>
        {entry.payment && (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('logbook.correct.payment')}</legend>
            <TextField
              name="payment.amountKop"
              label={t('logbook.correct.amount')}
              value={receipt.amount}
              onChange={(amount) => setReceipt({ ...receipt, amount })}
              width="short"
            />
            <TextField
              name="payment.receiptNumber"
              label={t('logbook.correct.receipt')}
              value={receipt.number}
              onChange={(number) => setReceipt({ ...receipt, number })}
              optional
            />
          </fieldset>
        )}
      </Form>
    </section>
  );
}
