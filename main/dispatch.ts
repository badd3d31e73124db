import type { z } from 'zod';
import { CHANNELS } from '../src/bridge/contract.js';
import { CHANNEL_PREFIX, METHOD_NAMES, type MethodName } from '../src/bridge/methods.js';
import type { AppServices } from './app-services.js';
import { isServiceError } from './services/errors.js';
import { REFUSALS } from './services/messages.js';

/**
 * The one way into the services, for the app's IPC (main/ipc.ts) and the end-to-end tests'
 * bridge alike. The window is untrusted: the request is checked against the channel's zod
 * schema before anything runs, and our own answer is checked against the response schema
 * before it leaves. It answers `{ ok: true, value }` or `{ ok: false, error }` and never throws.
 */

export type Dispatch = (channel: string, rawRequest: unknown) => Promise<unknown>;

export interface DispatchOptions {
  /** Where bugs are reported (an unexpected error, or an answer that fails its own schema). */
  readonly onInternalError?: (error: unknown, channel: string) => void;
}

function refusal(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** zod's issues as one line: `text: Invalid input: expected string, received number; …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = formatPath(issue.path);
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

const METHODS: ReadonlySet<string> = new Set(METHOD_NAMES);

export function methodOf(channel: unknown): MethodName | null {
  if (typeof channel !== 'string' || !channel.startsWith(CHANNEL_PREFIX)) return null;
  const name = channel.slice(CHANNEL_PREFIX.length);
  return METHODS.has(name) ? (name as MethodName) : null;
}

export function createDispatch(services: AppServices, options: DispatchOptions = {}): Dispatch {
  const report = options.onInternalError ?? ((error: unknown, channel: string) => console.error(`Error answering ${channel}:`, error));

  return async (channel, rawRequest) => {
    const method = methodOf(channel);
    if (!method) return refusal('not-allowed', REFUSALS.unknownMethod(String(channel).slice(0, 100)));
    const { request: requestSchema, response: responseSchema } = CHANNELS[method];

    const parsed = requestSchema.safeParse(rawRequest);
    if (!parsed.success) return refusal('invalid-request', REFUSALS.invalidRequest(method, describeIssues(parsed.error)));

    let answer: unknown;
    try {
      const handler = services.methods[method] as (request: unknown) => unknown;
      answer = { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (isServiceError(error)) return refusal(error.code, error.message);
      report(error, channel);
      return refusal('internal', REFUSALS.internal);
    }

    const checked = (responseSchema as z.ZodType).safeParse(answer);
    if (!checked.success) {
      report(new Error(`The answer to ${method} does not match its schema: ${describeIssues(checked.error)}`), channel);
      return refusal('internal', REFUSALS.internal);
    }
    return checked.data;
  };
}
