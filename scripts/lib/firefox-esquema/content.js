/* global browser, window */
// A test page asks for a colour scheme with a `practicas-esquema` event whose detail is
// 'light', 'dark' or 'auto'; the background script sets it for every page of the browser.
window.addEventListener('practicas-esquema', (event) => {
  const esquema = String(event.detail);
  browser.runtime.sendMessage({ esquema }).catch((error) => console.error('practicas-esquema:', error));
});
