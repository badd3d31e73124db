import { BrowserWindow, type Session, type WebContents, type WebPreferences } from 'electron';

/**
 * The app's window and its session, locked down as Electron's security checklist asks: an
 * isolated, sandboxed page with no Node, a strict Content-Security-Policy, no remote content,
 * no navigation away, no new windows, no webviews, and every permission request refused.
 */

/** The page's Content-Security-Policy: its own files only, no inline script, nothing remote. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Requests the page may never make: anything over the network. */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** Downloads the page may start: only files it made itself (an export), never from a link. */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:');
}

/** Stops a webContents (the window, or any other Electron makes) from leaving the app's page. */
export function lockWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission, blocks the network and adds the CSP header to every response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Content-Type-Options': ['nosniff'] } });
  });
  session.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) event.preventDefault();
  });
}

export interface WindowOptions {
  /** The built preload script (dist/preload/preload.cjs). */
  readonly preload: string;
  /** The built page (dist/renderer/index.html). */
  readonly indexHtml: string;
}

export function createMainWindow({ preload, indexHtml }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Councillor Post Check',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload),
  });
  lockWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(indexHtml);
  return window;
}
