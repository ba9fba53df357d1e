import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Shows a spinner and ignores presses while an action runs. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button at least 48px high. While busy it stays focusable (`aria-disabled`, not `disabled`) so that
 * keyboard focus is not thrown to the top of the page in the middle of a save.
 */
export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const guarded = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={cx('btn', `btn--${variant}`, className)}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={guarded}
      {...rest}
    >
      {busy && <span className="spinner spinner--inline" aria-hidden="true" />}
      {children}
    </button>
  );
}

/** A link that looks like a button, for moving to another page ("Add", "Edit"). */
export function LinkButton({
  variant = 'secondary',
  className,
  ...rest
}: LinkProps & { variant?: ButtonVariant }) {
  return <Link className={cx('btn', `btn--${variant}`, className)} {...rest} />;
}
