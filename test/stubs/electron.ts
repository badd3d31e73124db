/**
 * Stands in for `electron` under vitest (see vitest.config.ts): the Electron binary is not
 * available where tests run. Main-process services take their dependencies as arguments, so
 * they never need more than these inert placeholders.
 */
import { tmpdir } from 'node:os';

export const app = {
  isPackaged: false,
  getName: (): string => 'Councillor Post Check',
  getVersion: (): string => '0.0.0-test',
  getPath: (_name: string): string => tmpdir(),
};

export default { app };
