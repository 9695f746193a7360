// Test-runner command `arbol-accesible`: Chromium's full accessibility tree (puppeteer's
// snapshot with interestingOnly: false, which keeps table, row and cell nodes that the
// built-in a11ySnapshot command prunes). Payload: { selector } to root it at an element.
export function arbolAccesiblePlugin() {
  return {
    name: 'arbol-accesible-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'arbol-accesible') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`arbol-accesible needs puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      return page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
    },
  };
}
