/**
 * Stands in for `electron` under vitest (see vitest.config.ts): the Electron binary is not
 * available where tests run. Main-process services take their dependencies as arguments and
 * never need this; the thin shell (index.ts, window.ts, ipc.ts, preload.ts) is tested against
 * these recording fakes, which keep what was asked of them for the tests to inspect.
 */
import { tmpdir } from 'node:os';

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  /** Calls the listeners of `event` (a test's way of making Electron emit it). */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }
}

/** An event as Electron passes it: records whether the default action was prevented. */
export function createEvent<T extends object>(extra: T = {} as T): T & { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

const paths = new Map<string, string>();
let whenReadyResolve: (() => void) | null = null;
const whenReadyPromise = new Promise<void>((resolve) => {
  whenReadyResolve = resolve;
});

class App extends Emitter {
  isPackaged = false;
  sandboxEnabled = false;
  quitCalls = 0;
  singleInstanceLock = true;
  getName = (): string => 'Councillor Post Check';
  getVersion = (): string => '0.0.0-test';
  getPath = (name: string): string => paths.get(name) ?? tmpdir();
  setPath = (name: string, value: string): void => {
    paths.set(name, value);
  };
  enableSandbox = (): void => {
    this.sandboxEnabled = true;
  };
  requestSingleInstanceLock = (): boolean => this.singleInstanceLock;
  quit = (): void => {
    this.quitCalls++;
  };
  whenReady = (): Promise<void> => whenReadyPromise;
  /** Test helper: lets `whenReady()` resolve. */
  makeReady = (): void => whenReadyResolve?.();
}

export const app = new App();

class WebRequest {
  beforeRequest: { filter: unknown; listener: Listener } | null = null;
  headersReceived: Listener | null = null;
  onBeforeRequest(filter: unknown, listener: Listener): void {
    this.beforeRequest = { filter, listener };
  }
  onHeadersReceived(listener: Listener): void {
    this.headersReceived = listener;
  }
}

export class Session extends Emitter {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  readonly webRequest = new WebRequest();
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermissionHandler = handler;
  }
}

export const session = { defaultSession: new Session() };

let nextWebContentsId = 1;

export class WebContents extends Emitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: Listener | null = null;
  readonly mainFrame = { url: '', parent: null, processId: 1, routingId: this.id };
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends Emitter {
  static readonly instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.instances];
  }
  readonly webContents = new WebContents();
  loadedFile: string | null = null;
  shown = false;
  constructor(readonly options: Record<string, any> = {}) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    this.webContents.mainFrame.url = new URL(`file://${path}`).href;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

class IpcMain extends Emitter {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export const ipcMain = new IpcMain();

export const ipcRenderer = {
  invocations: [] as Array<{ channel: string; request: unknown }>,
  invoke(channel: string, request: unknown): Promise<unknown> {
    this.invocations.push({ channel, request });
    return Promise.resolve({ ok: true, value: { channel } });
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const clipboard = {
  text: '',
  writeText(text: string): void {
    this.text = text;
  },
  readText(): string {
    return this.text;
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  errors: [] as Array<{ title: string; content: string }>,
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  },
};

/** Reversible stand-in for the operating system's protection: good enough to test the wiring. */
export const safeStorage = {
  available: true,
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  encryptString(plainText: string): Buffer {
    return Buffer.from(`sealed:${Buffer.from(plainText).toString('base64')}`);
  },
  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice('sealed:'.length), 'base64').toString();
  },
};

export default { app, session, BrowserWindow, ipcMain, ipcRenderer, contextBridge, clipboard, shell, dialog, safeStorage };
