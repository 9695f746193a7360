// One browser launch configuration for everything here that drives a browser: the
// browser tests (web-test-runner.config.mjs), the Storybook check, the consumer apps
// and the benchmark. Always Debian's browsers, never one a package downloads (there is
// no network for that); CHROME_PATH and FIREFOX_PATH point elsewhere.
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
 * Firefox implements no media-feature emulation over BiDi (as of ESR 153), so the dark
 * preference is set as a browser preference from Firefox's own (chrome) scope, which
 * needs --remote-allow-system-access and the experimental BiDi extensions.
 */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'remote.experimental.enabled': true },
  };
}

/** Headless Chromium for the scripts that drive pages themselves. */
export function launchChromium() {
  return puppeteer.launch(chromiumLaunchOptions());
}

/** Firefox: a WebDriver BiDi browser without CDP (puppeteer's CDP browsers have no `cdpSupported` at all). */
const sinCdp = (page) => page.browser().cdpSupported === false;

const COLOR_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
/** The pref's values: 0 dark, 1 light; cleared, the system's (light when headless). */
const FIREFOX_SCHEMES = { dark: 0, light: 1 };

/**
 * Firefox: sets the reader's colour preference for every page of the browser. The pref
 * reaches a page's content process a little later, so when given the page that asked,
 * it waits until that page's media queries see it, as a CDP emulation is seen at once.
 */
async function firefoxColorScheme(browser, scheme, page) {
  const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const value = FIREFOX_SCHEMES[scheme];
  const expression =
    value === undefined
      ? `Services.prefs.clearUserPref('${COLOR_SCHEME_PREF}')`
      : `Services.prefs.setIntPref('${COLOR_SCHEME_PREF}', ${value})`;
  const { result: evaluated } = await browser.connection.send('script.evaluate', {
    expression,
    target: { context: result.contexts[0].context },
    awaitPromise: false,
  });
  if (evaluated.type !== 'success') throw new Error(`Firefox: could not set ${COLOR_SCHEME_PREF}: ${JSON.stringify(evaluated)}`);
  if (page && !page.url().startsWith('about:')) {
    // Headless Firefox's own preference is light.
    await page.waitForFunction(
      (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
      { timeout: 5000 },
      scheme === 'dark',
    );
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
    await firefoxColorScheme(page.browser(), scheme, page);
  }
}

/**
 * A page of the browser tests in Firefox, given what web-test-runner's commands expect
 * of a puppeteer page and puppeteer's WebDriver BiDi layer lacks:
 * - `emulateMediaFeatures` for `prefers-color-scheme`, all the tests emulate (the
 *   emulateMedia command calls it); any other feature throws, so that a test cannot
 *   believe it emulated something it did not;
 * - the key name `Space` (the sendKeys command's `press: 'Space'`), which puppeteer's
 *   CDP keyboard knows and its BiDi keyboard does not: it is the key ' '.
 * Chromium's pages are returned as they are.
 */
export function prepareTestPage(page) {
  if (!sinCdp(page)) return page;
  page.emulateMediaFeatures = async (features = []) => {
    const others = features.filter((f) => f.name !== 'prefers-color-scheme');
    if (others.length) throw new Error(`Firefox: cannot emulate ${others.map((f) => f.name).join(', ')}`);
    const scheme = features.find((f) => f.name === 'prefers-color-scheme')?.value;
    await firefoxColorScheme(page.browser(), scheme || null, page);
  };
  const keyboard = page.keyboard;
  const bidiKey = (key) => (key === 'Space' ? ' ' : key);
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(bidiKey(key), ...rest);
  }
  return page;
}
