import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { MAX_DRAFT_LENGTH } from '../engine/run-checks.js';
import { parseOptions, takePositionals } from './args.js';
import { createCaseRunner, EvalCase } from './eval-case.js';
import { BATCH_HELP } from './help.js';
import { CliError, oneLine, writeOut, type CliIo } from './io.js';
import { loadPackOption } from './pack-file.js';

const OPTIONS = {
  pack: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
      return oneLine(path ? `${path}: ${issue.message}` : issue.message);
    })
    .join('; ');
}

async function openInput(source: string | undefined, io: CliIo): Promise<NodeJS.ReadableStream> {
  if (source === undefined || source === '-') return io.stdin;
  const path = resolve(io.cwd, source);
  try {
    if ((await stat(path)).isDirectory()) throw new CliError(`the cases file "${source}" is a folder, not a file.`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `cannot find the cases file "${source}".` : `cannot read the cases file "${source}": ${(error as Error).message}.`);
  }
  return createReadStream(path, { encoding: 'utf8' });
}

type Outcome = { id: string; findings: unknown[] } | { id: string; error: string };

/** `post-check batch`: one result line per input line, in order; a bad line becomes an error entry. */
export async function batchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'post-check batch');
  if (values.help) {
    await writeOut(io.stdout, BATCH_HELP);
    return 0;
  }
  const [source] = takePositionals(positionals, 1, 'post-check batch');
  const run = createCaseRunner(await loadPackOption(values.pack, io));
  const input = await openInput(source, io);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    await writeOut(io.stdout, `${JSON.stringify(runLine(line.replace(/^\uFEFF/, ''), `line-${lineNumber}`, run))}\n`);
  }
  return 0;
}

function runLine(line: string, fallbackId: string, run: ReturnType<typeof createCaseRunner>): Outcome {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { id: fallbackId, error: `not valid JSON: ${oneLine((error as Error).message)}` };
  }
  const rawId = (json as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : fallbackId;
  const parsed = EvalCase.safeParse(json);
  if (!parsed.success) return { id, error: describeIssues(parsed.error) };
  if (parsed.data.text.length > MAX_DRAFT_LENGTH) return { id, error: `text is ${parsed.data.text.length} characters; the longest checked is ${MAX_DRAFT_LENGTH}.` };
  try {
    return { id, findings: run(parsed.data) };
  } catch (error) {
    return { id, error: `the check failed: ${oneLine((error as Error).message)}` };
  }
}
