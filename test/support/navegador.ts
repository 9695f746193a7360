// The browser tests run in Chromium and in Firefox (web-test-runner.config.mjs).
// A test that can only run in one engine says so where it is declared, with the
// reason, and is reported as skipped (reason included) in the other.

/** Chromium (Debian's, through CDP), as opposed to Firefox. */
export const enChromium = navigator.userAgent.includes('Chrome/');

/** `it`, in Chromium only: `razon` says in one line why the test cannot run in another engine. */
export function soloEnChromium(razon: string) {
  return (titulo: string, fn: Mocha.Func) => (enChromium ? it(titulo, fn) : it.skip(`${titulo} (Chromium only: ${razon})`, fn));
}
