#!/usr/bin/env node
let cli;
try {
  cli = await import('../dist/post-check.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('post-check.mjs')) throw error;
  console.error('post-check: the command has not been built yet: run "npm run build:cli" first.');
  process.exit(2);
}
await cli.runCli();
