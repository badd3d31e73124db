import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs<Values> {
  readonly values: Values;
  readonly positionals: string[];
}

/**
 * node:util parseArgs in strict mode, with its errors reworded as one plain line that says
 * where to find the right usage.
 */
export function parseOptions<const T extends Options>(args: readonly string[], options: T, helpCommand: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const name = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
    const help = `Run "${helpCommand} --help" to see the options.`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option ${name}. ${help}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new CliError(`${name} does not take a value. ${help}`);
      throw new CliError(`${name} needs a value. ${help}`);
    }
    throw new CliError(`${message.split('\n')[0]} ${help}`);
  }
}

/** At most `max` positionals; more is a usage error naming the first extra one. */
export function takePositionals(positionals: readonly string[], max: number, helpCommand: string): string[] {
  if (positionals.length > max) {
    throw new CliError(`unexpected argument "${positionals[max]}". Run "${helpCommand} --help" to see how to use it.`);
  }
  return [...positionals];
}
