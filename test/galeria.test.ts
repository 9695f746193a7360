// The portal gallery: every widget on pages built with real theme CSS from npm
// (Bootstrap 3 with its 10 px root, Bootstrap 5, Bulma) and a hand-written old
// CMS theme (content-box reset, 62.5 % root, global element rules), each with the
// widgets in a main column and a compact list in a sidebar. Opened at 320, 360 and
// 1280 px with the reader's system in light and in dark.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Vista {
  widgets: number;
  scroll: { scrollWidth: number; clientWidth: number; tema: number; anchos: string[] };
  hallazgos: { desbordes: string[]; solapes: string[]; letraPequena: string[]; tarjetasSolapadas: string[] };
  axe: string[];
  errores: string[];
}

// The project's own demo page is held to the same checks.
const PAGINAS = ['bootstrap3', 'bootstrap5', 'bulma', 'cms-antiguo', 'demo'];
const ANCHOS = [320, 360, 1280];
const ESQUEMAS = ['claro', 'oscuro'];

describe('portal gallery', function () {
  // Each view is a fresh top-level page with axe and a full-page screenshot.
  this.timeout(30_000);

  for (const pagina of PAGINAS) {
    for (const ancho of ANCHOS) {
      for (const esquema of ESQUEMAS) {
        it(`${pagina} at ${ancho} px, reader in ${esquema === 'claro' ? 'light' : 'dark'}`, async () => {
          const v = await executeServerCommand<Vista, object>('galeria-vista', { pagina, ancho, esquema });
          expect(v.widgets, 'widgets on the page').to.be.at.least(5);
          // Every kind of finding in one list, so that one failure shows all of them.
          const problemas = [
            ...v.errores.map((e) => `logged: ${e}`),
            ...(v.scroll.scrollWidth > v.scroll.tema
              ? [
                  `sideways scroll: page ${v.scroll.scrollWidth} px wide in ${v.scroll.clientWidth} px (the theme alone: ${v.scroll.tema} px)`,
                  ...v.scroll.anchos,
                ]
              : []),
            ...v.hallazgos.desbordes,
            ...v.hallazgos.solapes,
            ...v.hallazgos.tarjetasSolapadas,
            ...v.hallazgos.letraPequena,
            ...v.axe.map((a) => `axe: ${a}`),
          ];
          expect(problemas).to.deep.equal([]);
        });
      }
    }
  }
});
