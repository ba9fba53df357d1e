import { useEffect, useRef, useState } from 'react';
import {
  PlaceVisitBody,
  uuidv7,
  Visit,
  type CompanionKind,
  type CrewMember,
  type IsoDate,
  type Kit,
  type OutreachSession,
  type WaitingRequest,
} from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import { normaliseTime, textOrNull } from '../../i18n/parse';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { suggestedWindow } from './planning-logic';
import { scheduling } from './scheduling-errors';
import { AdministratorChecks, KitSelect, TimeWindowFields } from './visit-fields';

interface PlaceVisitFormProps {
  request: WaitingRequest;
  day: IsoDate;
  crew: readonly CrewMember[];
  kits: readonly Kit[];
  sessions: readonly OutreachSession[];
  /** A head may place a visit outside working time with a reason. */
  canOverride: boolean;
  onPlaced: (visit: Visit) => void;
  onClose: () => void;
}

interface CompanionDraft {
  personId: string;
  name: string;
}

/**
 * Places one waiting request on the board's day: at the applicant's address with administrators, a
 * kit, a time window and the companions it needs, or into an outreach session of that day. A refusal
 * (an overlap, outside working time, a day off) is the server's message naming the conflict.
 */
export function PlaceVisitForm(props: PlaceVisitFormProps) {
  const { request, day, crew, kits, sessions, canOverride, onPlaced, onClose } = props;
  const t = useT();
  const { locale } = useLocale();
  const window = suggestedWindow(request);
  // One id per placement, kept across retries: a resent save answers the visit already made.
  const [id] = useState(() => uuidv7());
  const open = sessions.filter((s) => s.status === 'planned');
  const [kind, setKind] = useState<'home' | 'outreach'>('home');
  const [sessionId, setSessionId] = useState(open[0]?.id ?? '');
  const [startTime, setStartTime] = useState(window.startTime);
  const [endTime, setEndTime] = useState(window.endTime);
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const activeKits = kits.filter((k) => k.active);
  const [kitId, setKitId] = useState(activeKits[0]?.id ?? '');
  const [companions, setCompanions] = useState<Record<string, CompanionDraft>>({});
  const [overrideReason, setOverrideReason] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the form they just opened.
  useEffect(() => heading.current?.focus(), []);

  const companionOf = (need: CompanionKind) => companions[need] ?? { personId: '', name: '' };
  const setCompanion = (need: CompanionKind, patch: Partial<CompanionDraft>) =>
    setCompanions({ ...companions, [need]: { ...companionOf(need), ...patch } });

  const submit = async () => {
    const body =
      kind === 'outreach'
        ? validate(
            PlaceVisitBody,
            { kind, id, requestId: request.requestId, outreachSessionId: sessionId },
            locale,
          )
        : validate(
            PlaceVisitBody,
            {
              kind,
              id,
              requestId: request.requestId,
              day,
              startTime: normaliseTime(startTime),
              endTime: normaliseTime(endTime),
              staffIds,
              kitId,
              companions: request.needs
                .map((need) => ({ kind: need, ...companionOf(need) }))
                .filter((c) => c.personId || c.name.trim())
                .map((c) => ({ kind: c.kind, personId: c.personId || null, name: textOrNull(c.name) })),
              overrideReason: textOrNull(overrideReason),
            },
            locale,
          );
    onPlaced(await scheduling(() => api.post('/api/v1/visits', body, Visit)));
  };

  return (
    <section className="panel" aria-labelledby="place-title">
      <h2 id="place-title" ref={heading} tabIndex={-1}>
        {t('planning.place.title', { number: request.requestNumber, day: formatDate(day) })}
      </h2>
      <p>
        {request.applicantName} · {request.address} · {t('planning.minutes', { n: request.serviceMinutes })}
      </p>
      <Form
        onSubmit={submit}
        submitLabel={t('planning.place.submit')}
        actions={
          <Button type="button" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        }
      >
        {open.length > 0 && (
          <Select
            name="kind"
            label={t('planning.place.kind')}
            value={kind}
            onChange={(value) => setKind(value === 'outreach' ? 'outreach' : 'home')}
            options={[
              { value: 'home', label: t('planning.place.kind.home') },
              { value: 'outreach', label: t('planning.place.kind.outreach') },
            ]}
          />
        )}
        {kind === 'outreach' ? (
          <Select
            name="outreachSessionId"
            label={t('planning.place.session')}
            value={sessionId}
            onChange={setSessionId}
            options={open.map((s) => ({
              value: s.id,
              label: t('planning.session.option', {
                point: s.pointName,
                from: s.startTime,
                to: s.endTime,
                free: s.capacityMinutes - s.bookedMinutes,
              }),
            }))}
          />
        ) : (
          <>
            <div className="row-edit">
              <TimeWindowFields
                startTime={startTime}
                endTime={endTime}
                onStartTime={setStartTime}
                onEndTime={setEndTime}
              />
            </div>
            <AdministratorChecks
              crew={crew}
              value={staffIds}
              onChange={setStaffIds}
              hint={t('planning.place.staff.hint')}
            />
            <KitSelect kits={kits} value={kitId} onChange={setKitId} />
            {request.needs.map((need) => (
              <fieldset key={need} className="fieldset">
                <legend className="fieldset__legend">{t(`planning.need.${need}`)}</legend>
                <Select
                  name={`companions.${need}.personId`}
                  label={t('planning.companion.colleague')}
                  value={companionOf(need).personId}
                  onChange={(personId) => setCompanion(need, { personId })}
                  emptyOption={t('common.notSet')}
                  options={crew.map((c) => ({ value: c.id, label: c.name }))}
                  optional
                />
                <TextField
                  name={`companions.${need}.name`}
                  label={t('planning.companion.name')}
                  value={companionOf(need).name}
                  onChange={(name) => setCompanion(need, { name })}
                  optional
                />
              </fieldset>
            ))}
            {canOverride && (
              <TextField
                name="overrideReason"
                label={t('planning.place.override')}
                hint={t('planning.place.override.hint')}
                value={overrideReason}
                onChange={setOverrideReason}
                optional
              />
            )}
          </>
        )}
      </Form>
    </section>
  );
}
