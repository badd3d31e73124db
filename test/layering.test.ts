import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * The import table of the conventions, checked on every file under src/, main/ and renderer/.
 * `import type` may cross any line; everything else must stay in its layer.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx']);
const NODE_BUILTINS = new Set(builtinModules);
/** Platform-free packages the core may use: they run unchanged in Node and in a Web Worker. */
const CORE_PACKAGES = ['zod', 'libphonenumber-js', 'twitter-text'];

type Layer = 'core' | 'cli' | 'main-service' | 'main-shell' | 'preload' | 'renderer';

export function layerOf(file: string): Layer | null {
  if (file.startsWith('src/cli/')) return 'cli';
  if (file.startsWith('src/')) return 'core';
  if (file === 'main/preload.ts') return 'preload';
  if (['main/index.ts', 'main/window.ts', 'main/ipc.ts'].includes(file)) return 'main-shell';
  if (file.startsWith('main/')) return 'main-service';
  if (file.startsWith('renderer/')) return 'renderer';
  return null;
}

const RULES: Record<Layer, string> = {
  core: 'src/** except src/cli may import only src/** (not src/cli), zod, libphonenumber-js and twitter-text',
  cli: 'src/cli may import only src/**, node:*, the packages the core uses and sharp (to decode pictures)',
  'main-service': 'main/services and main/dispatch.ts may import only src/** (not src/cli), main/ services, node:* and zod; electron and the store come in as arguments',
  'main-shell': 'main/index.ts, window.ts and ipc.ts may import src/** (not src/cli), main/**, node:*, zod, electron and electron-store',
  preload: 'main/preload.ts may import only electron and src/bridge/methods.ts',
  renderer: 'renderer/** may import only src/** (not src/cli), renderer/**, react and react-dom',
};

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Why `file` may not import `specifier`, or null when the table allows it. */
export function importProblem(file: string, specifier: string): string | null {
  const layer = layerOf(file);
  if (!layer) return null;
  const bare = specifier.replace(/[?#].*$/, '');
  let allowed: boolean;
  if (bare.startsWith('.')) {
    const target = normalize(join(dirname(file), bare)).split(sep).join('/');
    const inSrc = target.startsWith('src/');
    const inCli = target.startsWith('src/cli/') || target === 'src/cli';
    const inMain = target.startsWith('main/');
    const mainShell = ['main/index', 'main/window', 'main/ipc', 'main/preload'].some((name) => target === `${name}.js` || target === `${name}.ts` || target === name);
    if (layer === 'core') allowed = inSrc && !inCli;
    else if (layer === 'cli') allowed = inSrc;
    else if (layer === 'main-service') allowed = (inSrc && !inCli) || (inMain && !mainShell);
    else if (layer === 'main-shell') allowed = (inSrc && !inCli) || (inMain && !target.startsWith('main/preload'));
    else if (layer === 'preload') allowed = /^src\/bridge\/methods(\.js|\.ts)?$/.test(target);
    else allowed = (inSrc && !inCli) || target.startsWith('renderer/');
  } else {
    const isNode = bare.startsWith('node:') || NODE_BUILTINS.has(bare) || NODE_BUILTINS.has(packageName(bare));
    const name = packageName(bare);
    if (layer === 'core') allowed = CORE_PACKAGES.includes(name);
    else if (layer === 'cli') allowed = isNode || CORE_PACKAGES.includes(name) || name === 'sharp';
    else if (layer === 'main-service') allowed = isNode || name === 'zod';
    else if (layer === 'main-shell') allowed = isNode || ['zod', 'electron', 'electron-store'].includes(name);
    else if (layer === 'preload') allowed = name === 'electron';
    else allowed = ['react', 'react-dom'].includes(name);
  }
  return allowed ? null : `${file} imports "${specifier}": ${RULES[layer]}.`;
}

function isTypeOnlyClause(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const bindings = clause.namedBindings;
    return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** The module specifiers a file imports at run time (type-only imports left out). */
export function runtimeImports(fileName: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyClause(node)) found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && !node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const [argument] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function sourceFiles(folder: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(ROOT, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('layering', () => {
  test('every import under src/, main/ and renderer/ follows the import table', () => {
    const files = ['src', 'main', 'renderer'].flatMap(sourceFiles);
    const problems = files.flatMap((file) =>
      runtimeImports(file, readFileSync(join(ROOT, file), 'utf8')).flatMap((specifier) => importProblem(relative(ROOT, join(ROOT, file)).split(sep).join('/'), specifier) ?? []),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  test.each([
    ['src/engine/a.ts', 'node:fs', false],
    ['src/engine/a.ts', 'fs', false],
    ['src/engine/a.ts', '../cli/main.js', false],
    ['src/engine/a.ts', '../../main/services/x.js', false],
    ['src/engine/a.ts', 'electron', false],
    ['src/engine/a.ts', '../pack/schema.js', true],
    ['src/engine/a.ts', 'zod', true],
    ['src/pack/a.ts', 'libphonenumber-js/min', true],
    ['src/platforms/a.ts', 'twitter-text', true],
    ['src/engine/a.ts', 'react', false],
    ['src/cli/main.ts', 'node:readline', true],
    ['src/cli/main.ts', '../engine/checker.js', true],
    ['src/cli/main.ts', 'electron', false],
    ['src/cli/image-decode.ts', 'sharp', true],
    ['src/image/logo-scan.ts', 'sharp', false],
    ['main/services/image-service.ts', 'sharp', false],
    ['main/services/history-service.ts', 'electron-store', false],
    ['main/services/history-service.ts', '../../src/engine/checker.js', true],
    ['main/services/history-service.ts', '../ipc.js', false],
    ['main/index.ts', 'electron', true],
    ['main/index.ts', '../renderer/main.js', false],
    ['main/preload.ts', 'electron', true],
    ['main/preload.ts', '../src/bridge/methods.js', true],
    ['main/preload.ts', '../src/bridge/contract.js', false],
    ['renderer/main.tsx', 'react-dom/client', true],
    ['renderer/main.tsx', 'react/jsx-runtime', true],
    ['renderer/main.tsx', '../src/engine/checker.js', true],
    ['renderer/main.tsx', './worker/engine.worker.ts?worker', true],
    ['renderer/main.tsx', '../src/cli/main.js', false],
    ['renderer/main.tsx', 'node:path', false],
    ['renderer/main.tsx', '../main/services/x.js', false],
  ])('%s importing %s is allowed: %s', (file, specifier, allowed) => {
    expect(importProblem(file, specifier) === null).toBe(allowed);
  });

  test('reads run-time imports and leaves type-only ones out', () => {
    const source = [
      "import type { A } from 'node:fs';",
      "import { type B, type C } from 'electron';",
      "import { type D, e } from 'zod';",
      "import f from './f.js';",
      "import './side-effect.css';",
      "export type { G } from 'react';",
      "export { h } from '../h.js';",
      "export * from './all.js';",
      "const lazy = await import('node:os');",
      "type T = typeof import('node:url');",
    ].join('\n');
    expect(runtimeImports('x.ts', source)).toEqual(['zod', './f.js', './side-effect.css', '../h.js', './all.js', 'node:os']);
  });
});
