import { createContext, useContext, useEffect, useId } from 'react';

export interface FormContextValue {
  /** The element id of a field, unique on the page even with several forms. */
  idFor: (name: string) => string;
  errorFor: (name: string) => string | undefined;
  /** Makes a field known to the form so that errors on its path land under it. */
  register: (name: string, label: string) => () => void;
}

export const FormContext = createContext<FormContextValue | null>(null);

/** Turns a dotted field name into a safe id fragment. */
export function idFragment(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '-');
}

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
  error: string | undefined;
}

/**
 * The ids and error of a field. Inside a Form the error comes from the form's last refused submit;
 * an explicit `error` wins. Outside a Form a field still gets unique ids.
 */
export function useField(name: string, label: string, explicitError?: string): FieldIds {
  const form = useContext(FormContext);
  const fallback = useId();
  const register = form?.register;
  useEffect(() => register?.(name, label), [register, name, label]);
  const id = form ? form.idFor(name) : `${fallback}-${idFragment(name)}`;
  return {
    id,
    hintId: `${id}-hint`,
    errorId: `${id}-error`,
    error: explicitError ?? form?.errorFor(name),
  };
}

/** The ids that describe a control: its hint, then its error. */
export function describedBy(ids: FieldIds, hasHint: boolean): string | undefined {
  const parts = [hasHint ? ids.hintId : null, ids.error ? ids.errorId : null].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
