import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, createMainWindow, hardenSession, isAllowedDownload, lockWebContents, REMOTE_URL_PATTERNS, secureWebPreferences } from '../../main/window.js';
import { BrowserWindow, createEvent, Session, WebContents } from '../stubs/electron.js';

describe('the window', () => {
  test('is isolated and sandboxed, with no Node and web security on', () => {
    expect(secureWebPreferences('/app/dist/preload/preload.cjs')).toEqual({
      preload: '/app/dist/preload/preload.cjs',
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
    });
  });

  test('opens the app’s page with those settings, hidden until it is ready', () => {
    const window = createMainWindow({ preload: '/app/dist/preload/preload.cjs', indexHtml: '/app/dist/renderer/index.html' }) as unknown as BrowserWindow;
    const before = window.shown;
    window.emit('ready-to-show');
    expect({ preferences: window.options.webPreferences, loaded: window.loadedFile, before, after: window.shown }).toEqual({
      preferences: secureWebPreferences('/app/dist/preload/preload.cjs'),
      loaded: '/app/dist/renderer/index.html',
      before: false,
      after: true,
    });
  });

  test('cannot open new windows, navigate away, be redirected or attach a webview', () => {
    const contents = new WebContents();
    lockWebContents(contents as never);
    const events = ['will-navigate', 'will-redirect', 'will-attach-webview'].map((name) => {
      const event = createEvent();
      contents.emit(name, event, 'https://evil.example/');
      return [name, event.defaultPrevented];
    });
    expect({ open: contents.windowOpenHandler?.({ url: 'https://evil.example/' }), events }).toEqual({
      open: { action: 'deny' },
      events: [
        ['will-navigate', true],
        ['will-redirect', true],
        ['will-attach-webview', true],
      ],
    });
  });
});

describe('the session', () => {
  function hardened(): Session {
    const session = new Session();
    hardenSession(session as never);
    return session;
  }

  test('refuses every permission request and check', () => {
    const session = hardened();
    const answers: boolean[] = [];
    session.permissionRequestHandler?.({}, 'media', (granted: boolean) => answers.push(granted));
    session.permissionRequestHandler?.({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect({ answers, check: session.permissionCheckHandler?.({}, 'clipboard-read'), device: session.devicePermissionHandler?.({}) }).toEqual({
      answers: [false, false],
      check: false,
      device: false,
    });
  });

  test('cancels every request over the network', () => {
    const session = hardened();
    const decisions: unknown[] = [];
    session.webRequest.beforeRequest?.listener({ url: 'https://tracker.example/pixel.gif' }, (decision: unknown) => decisions.push(decision));
    expect({ filter: session.webRequest.beforeRequest?.filter, decisions }).toEqual({ filter: { urls: REMOTE_URL_PATTERNS }, decisions: [{ cancel: true }] });
  });

  test('adds the Content-Security-Policy to every response', () => {
    const session = hardened();
    let headers: unknown;
    session.webRequest.headersReceived?.({ url: 'file:///app/dist/renderer/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, (result: { responseHeaders: unknown }) => {
      headers = result.responseHeaders;
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Content-Type-Options': ['nosniff'] });
  });

  test('lets the page save a file it made, and nothing from a link', () => {
    const session = hardened();
    const outcome = ['blob:file:///3f2c-1', 'data:text/csv,a', 'https://evil.example/payload.exe'].map((url) => {
      const event = createEvent();
      session.emit('will-download', event, { getURL: () => url });
      return event.defaultPrevented;
    });
    expect({ outcome, direct: [isAllowedDownload('blob:x'), isAllowedDownload('file:///etc/passwd')] }).toEqual({ outcome: [false, false, true], direct: [true, false] });
  });

  test('the policy allows only the app’s own files: no inline or evaluated script, nothing remote', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect({
      script: directives['script-src'],
      defaultSrc: directives['default-src'],
      object: directives['object-src'],
      unsafe: /unsafe-|https?:|\*/.test(CONTENT_SECURITY_POLICY),
    }).toEqual({ script: ["'self'"], defaultSrc: ["'self'"], object: ["'none'"], unsafe: false });
  });
});
