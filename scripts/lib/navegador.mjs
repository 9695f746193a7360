// One browser launch configuration for everything here that drives a browser: the
// browser tests (web-test-runner.config.mjs), the Storybook check, the consumer apps
// and the benchmark. Always Debian's browsers, never one a package downloads (there is
// no network for that); CHROME_PATH and FIREFOX_PATH point elsewhere.
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/**
 * Chromium's flags: as root it needs --no-sandbox; without a GPU, --disable-gpu; in a
 * container /dev/shm is small; and with the network closed, nothing may phone home or
 * wait for an update, a sync or a QUIC handshake.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** puppeteer-core's launch options for headless Chromium (CDP). */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] };
}

/**
 * puppeteer-core's launch options for headless Firefox, driven through WebDriver BiDi.
 * Firefox implements no media-feature emulation over BiDi (as of ESR 153), so the test
 * pages set the reader's colour preference through a temporary add-on (firefoxColorScheme),
 * tested in ESR 140 (both APIs are older than it: webExtension.install, Firefox 138, and
 * browserSettings, 95): Debian bookworm's firefox-esr is 140.12, whose BiDi
 * has no chrome scope to set a browser preference from.
 */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
  };
}

/** Headless Chromium for the scripts that drive pages themselves. */
export function launchChromium() {
  return puppeteer.launch(chromiumLaunchOptions());
}

/** Firefox: a WebDriver BiDi browser without CDP (puppeteer's CDP browsers have no `cdpSupported` at all). */
const sinCdp = (page) => page.browser().cdpSupported === false;

/**
 * The add-on by which a Firefox test page sets the reader's colour preference (its
 * `browserSettings.overrideContentColorScheme`), installed once per browser as a temporary
 * add-on over BiDi's `webExtension.install`. Firefox has no BiDi media emulation, and its
 * ESR 140.12 no longer gives BiDi the chrome scope from which a pref used to be set.
 */
const EXTENSION_ESQUEMA = fileURLToPath(new URL('./firefox-esquema', import.meta.url));
const instalados = new WeakMap();
const instalarEsquema = (browser) => {
  if (!instalados.has(browser)) instalados.set(browser, browser.installExtension(EXTENSION_ESQUEMA));
  return instalados.get(browser);
};

/**
 * Firefox: sets the reader's colour preference ('light', 'dark', or null for the system's,
 * light when headless) for every page of the browser. The page asks the add-on (its content
 * script hears the `practicas-esquema` event), and this waits until the page's media queries
 * see the change, as a CDP emulation is seen at once.
 */
async function firefoxColorScheme(page, scheme) {
  await instalarEsquema(page.browser());
  const esquema = scheme === 'dark' || scheme === 'light' ? scheme : 'auto';
  // In the page's current document (page.url() can still say about:blank in a test page).
  await page.evaluate((detail) => window.dispatchEvent(new CustomEvent('practicas-esquema', { detail })), esquema);
  try {
    await page.waitForFunction(
      (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
      { timeout: 5000 },
      scheme === 'dark',
    );
  } catch (error) {
    // The add-on's content script runs in http(s) pages only.
    throw new Error(`Firefox: the page did not see the colour scheme ${esquema} within 5 s (${error.message})`);
  }
}

/**
 * Emulates the reader's `prefers-color-scheme` ('light', 'dark', or null for the
 * system's) on a puppeteer page, in Chromium (CDP, this page only) or Firefox (a
 * browser-wide preference: tests run one page at a time).
 */
export async function emulateColorScheme(page, scheme) {
  if (!sinCdp(page)) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme ?? '' }]);
  } else {
    await firefoxColorScheme(page, scheme);
  }
}

/**
 * A page of the browser tests in Firefox, given what web-test-runner's commands expect
 * of a puppeteer page and puppeteer's WebDriver BiDi layer lacks:
 * - `emulateMediaFeatures` for `prefers-color-scheme`, all the tests emulate (the
 *   emulateMedia command calls it); any other feature throws, so that a test cannot
 *   believe it emulated something it did not;
 * - the key name `Space` (the sendKeys command's `press: 'Space'`), which puppeteer's
 *   CDP keyboard knows and its BiDi keyboard does not: it is the key ' ';
 * - `setViewport` where the browser lacks BiDi's `emulation.setScreenOrientationOverride`
 *   (see toleraOrientacion).
 * Chromium's pages are returned as they are.
 */
export async function prepareTestPage(page) {
  if (!sinCdp(page)) return page;
  toleraOrientacion(page);
  // Before any test page loads, so that every one has the add-on's content script.
  await instalarEsquema(page.browser());
  page.emulateMediaFeatures = async (features = []) => {
    const others = features.filter((f) => f.name !== 'prefers-color-scheme');
    if (others.length) throw new Error(`Firefox: cannot emulate ${others.map((f) => f.name).join(', ')}`);
    const scheme = features.find((f) => f.name === 'prefers-color-scheme')?.value;
    await firefoxColorScheme(page, scheme || null);
  };
  const keyboard = page.keyboard;
  const bidiKey = (key) => (key === 'Space' ? ' ' : key);
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(bidiKey(key), ...rest);
  }
  return page;
}

/**
 * Firefox ESR 140 (Debian's firefox-esr 140.12) answers "unknown command" to BiDi's
 * `emulation.setScreenOrientationOverride`, which puppeteer's `setViewport` sends beside the
 * viewport itself, and the test runner calls `setViewport` before every test file: every file
 * failed. The orientation is left to the browser there, as puppeteer already does for touch
 * emulation (`setTouchOverride`); any other error still fails.
 */
function toleraOrientacion(page) {
  const contexto = page.mainFrame().browsingContext;
  const orientar = contexto?.setScreenOrientationOverride?.bind(contexto);
  if (!orientar) return;
  contexto.setScreenOrientationOverride = (orientacion) =>
    orientar(orientacion).catch((error) => {
      if (!/unknown command/.test(error?.message ?? '')) throw error;
    });
}
