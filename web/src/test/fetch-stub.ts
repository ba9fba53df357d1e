import { vi } from 'vitest';

export interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
}

type Answer = Response | Error | ((call: Call) => Response | Error);

/** A JSON answer as the server would send it. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * Replaces `fetch` with answers by "METHOD path" (the network boundary of the browser; the real
 * server is exercised by the end-to-end tests). Records every call.
 */
export function stubFetch(answers: Record<string, Answer>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      const call = { url, init, headers: new Headers(init.headers) };
      calls.push(call);
      const key = `${init.method ?? 'GET'} ${new URL(url, 'http://localhost').pathname}`;
      const answer = answers[key];
      if (!answer) throw new Error(`Unexpected request in test: ${key}`);
      const result = typeof answer === 'function' ? answer(call) : answer;
      if (result instanceof Error) throw result;
      return result.clone();
    }),
  );
  return calls;
}
