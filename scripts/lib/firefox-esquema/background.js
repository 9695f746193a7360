/* global browser */
// The test page's request (see content.js): 'light', 'dark' or 'auto' (the system's).
browser.runtime.onMessage.addListener(({ esquema }) =>
  browser.browserSettings.overrideContentColorScheme.set({ value: esquema }).then(() => true),
);
