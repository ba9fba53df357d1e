import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useT } from '../i18n/i18n-context';
import { useDescribeFailure } from '../i18n/use-describe-failure';
import { Button } from './Button';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { FormContext, idFragment, type FormContextValue } from './form-context';
import { mapErrorToFields } from './form-errors';

interface FormProps {
  /** Sends the form. Throw (e.g. the ApiError of a refused request) to show what went wrong. */
  onSubmit: () => Promise<void> | void;
  submitLabel: string;
  children: ReactNode;
  /** More buttons or links beside the submit button, e.g. "Cancel". */
  actions?: ReactNode;
  /** Error codes that belong to one field, e.g. `{ 'org.login_taken': 'login' }`. */
  codeFields?: Readonly<Record<string, string>>;
  submitVariant?: 'primary' | 'danger';
  'aria-label'?: string;
}

interface Failure {
  error: unknown;
  fields: Map<string, string>;
}

/**
 * A form that sends itself once at a time, and on failure shows an error summary (focused) and the
 * message of each field under that field, by the `details[].path` of the answer.
 */
export function Form({
  onSubmit,
  submitLabel,
  children,
  actions,
  codeFields,
  submitVariant = 'primary',
  ...rest
}: FormProps) {
  const t = useT();
  const describe = useDescribeFailure();
  const prefix = useId();
  const fields = useRef(new Map<string, string>());
  const summary = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const message = failure ? describe(failure.error) : '';
  const mapped = useMemo(
    () => (failure ? mapErrorToFields(failure.error, [...failure.fields.keys()], codeFields, message) : null),
    [failure, codeFields, message],
  );

  const idFor = useCallback((name: string) => `${prefix}-${idFragment(name)}`, [prefix]);
  const register = useCallback((name: string, label: string) => {
    fields.current.set(name, label);
    return () => {
      fields.current.delete(name);
    };
  }, []);
  const context = useMemo<FormContextValue>(
    () => ({ idFor, register, errorFor: (name) => mapped?.byField[name] }),
    [idFor, register, mapped],
  );

  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await onSubmit();
      setFailure(null);
    } catch (error) {
      setFailure({ error, fields: new Map(fields.current) });
    } finally {
      setBusy(false);
    }
  };

  const items: SummaryItem[] = mapped
    ? [
        ...Object.entries(mapped.byField).map(([name, text]) => ({
          message: text,
          target: idFor(name),
          label: failure?.fields.get(name),
        })),
        ...mapped.unplaced.map((detail) => ({ message: detail.message || detail.path })),
      ]
    : [];

  return (
    <FormContext value={context}>
      <form className="form" noValidate onSubmit={submit} aria-label={rest['aria-label']}>
        {failure && (
          <ErrorSummary
            ref={summary}
            // A message already shown under a field (e.g. a taken login) is not said twice.
            message={items.some((item) => item.message === message) ? undefined : message}
            items={items}
          />
        )}
        {children}
        <div className="form__actions">
          <Button type="submit" variant={submitVariant} busy={busy}>
            {busy ? t('common.sending') : submitLabel}
          </Button>
          {actions}
        </div>
      </form>
    </FormContext>
  );
}
