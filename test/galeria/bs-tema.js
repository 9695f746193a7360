// Bootstrap 5.3's own colour-mode recipe: follow the reader's preference.
const oscuro = matchMedia('(prefers-color-scheme: dark)');
const aplicar = () => document.documentElement.setAttribute('data-bs-theme', oscuro.matches ? 'dark' : 'light');
aplicar();
oscuro.addEventListener('change', aplicar);
