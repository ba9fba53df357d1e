/** What the server keeps of a command it applied: who sent it, the hash of its content, its result. */
export interface StoredCommand {
  readonly deviceId: string;
  readonly hash: string;
  readonly result: Record<string, unknown>;
}

/** What the server does with an incoming command, given what it already holds under that id. */
export type Acceptance =
  | { readonly kind: 'new' }
  | { readonly kind: 'duplicate'; readonly result: Record<string, unknown> }
  | { readonly kind: 'conflict' };

/**
 * The acceptance rule, the heart of "exactly once":
 * - an id the server never applied is new: apply it and store `(id, device, hash, result)` in the
 *   same transaction as its effects;
 * - the same id from the same device with the same content is a resend: answer the stored result,
 *   change nothing;
 * - the same id with other content, or from another device, is a conflict: refuse it, keep what is
 *   stored, and tell the person (never answer another device's stored result).
 */
export function acceptCommand(
  stored: StoredCommand | undefined,
  incoming: { readonly deviceId: string; readonly hash: string },
): Acceptance {
  if (!stored) return { kind: 'new' };
  if (stored.deviceId === incoming.deviceId && stored.hash === incoming.hash)
    return { kind: 'duplicate', result: stored.result };
  return { kind: 'conflict' };
}

/** The answer of the model server for one command. */
export type ModelOutcome =
  { status: 'applied' | 'duplicate'; result: Record<string, unknown> } | { status: 'rejected' };

/**
 * The server's acceptance as a pure model over a ledger of stored commands: the rule above plus
 * "store the command together with its effects". `apply` runs only for new commands and returns the
 * result to store. The server does the same in SQL, with the ledger's insert as the first statement
 * of the command's transaction.
 */
export function receiveCommand(
  ledger: Map<string, StoredCommand>,
  incoming: { readonly id: string; readonly deviceId: string; readonly hash: string },
  apply: () => Record<string, unknown>,
): ModelOutcome {
  const acceptance = acceptCommand(ledger.get(incoming.id), incoming);
  if (acceptance.kind === 'duplicate') return { status: 'duplicate', result: acceptance.result };
  if (acceptance.kind === 'conflict') return { status: 'rejected' };
  const result = apply();
  ledger.set(incoming.id, { deviceId: incoming.deviceId, hash: incoming.hash, result });
  return { status: 'applied', result };
}
