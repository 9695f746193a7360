import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/loader.js';

// Facts read from the publication (lines of ../shared/seeds/000_2b2abd419af02b0d.txt);
// scripts/check-fidelity.mjs checks every text against the source itself.
describe('bundled dataset', () => {
  const d = bundledDataset();
  const byId = (id: string) => {
    const p = d.practicas.find((x) => x.id === id);
    if (!p) throw new Error(`no practice ${id}`);
    return p;
  };

  it('holds the 31 practices: 18 buenas prácticas and 13 en proceso, in the publication order', () => {
    expect(d.practicas).to.have.length(31);
    expect(d.practicas.filter((p) => p.tipo === 'buena-practica')).to.have.length(18);
    expect(d.practicas.slice(0, 18).every((p) => p.tipo === 'buena-practica')).to.equal(true);
    expect(d.practicas[0].titulo).to.equal(
      'Experiencia del trabajo del agente comunitario de salud (ACS) y la articulación en la reducción de anemia en el distrito de Sabaino',
    );
    expect(d.practicas[30].titulo).to.equal('Sistema Integrado Regional San Martín (SIRSAM)');
  });

  it('has the catalogues: 5 topics, 4 criteria with their definitions, 25 regions with ISO codes, the source', () => {
    expect(d.temas.map((t) => t.id)).to.deep.equal(['salud', 'educacion', 'inclusion-social', 'ambiente', 'fortalecimiento-institucional']);
    expect(d.criterios.map((c) => c.nombre)).to.deep.equal(['Articulación', 'Innovación', 'Participación', 'Transparencia']);
    expect(d.criterios[0].aristas.map((a) => a.nombre)).to.deep.equal(['Articulación interna', 'Articulación externa']);
    expect(d.regiones).to.have.length(25);
    expect(d.regiones.find((r) => r.ubigeo === '08')).to.deep.equal({ ubigeo: '08', nombre: 'Cusco', iso: 'PE-CUS' });
    expect(d.regiones.find((r) => r.ubigeo === '07')?.nombre).to.equal('Callao');
    expect(d.version).to.equal(2);
    expect(d.fuentes.map((f) => f.id)).to.deep.equal(['fgd-2018']);
    expect(d.fuentes[0].isbn).to.equal('978-612-47647-3-8');
    expect(d.fuentes[0].licencia).to.match(/^Se autoriza la reproducción total o parcial/);
    expect(d.practicas.every((p) => p.fuente === 'fgd-2018')).to.equal(true);
  });

  it('counts practices per topic as the publication groups them', () => {
    const count = (tipo: string, tema: string) => d.practicas.filter((p) => p.tipo === tipo && p.tema === tema).length;
    expect(['salud', 'educacion', 'inclusion-social', 'ambiente', 'fortalecimiento-institucional'].map((t) => count('buena-practica', t))).to.deep.equal([5, 3, 3, 1, 6]);
    expect(['salud', 'educacion', 'inclusion-social', 'ambiente', 'fortalecimiento-institucional'].map((t) => count('en-proceso', t))).to.deep.equal([0, 1, 2, 3, 7]);
  });

  it('lists every region of multi-region practices', () => {
    expect(byId('codigo-conducta-participativo').regiones).to.deep.equal(['03', '14', '22']);
    expect(byId('sistema-transparencia-regional').regiones).to.deep.equal(['22', '13']);
  });

  it('keeps tools per region where the publication splits them, and nested tools', () => {
    const codigo = byId('codigo-conducta-participativo').herramientas;
    expect(codigo.map((h) => h.region)).to.deep.equal(['03', '14', '22', '22']);
    const cusco = byId('cusco-ordenamiento-territorial').herramientas;
    expect(cusco[2].items).to.have.length(4);
  });

  it('gives levels and the entity or place named by the section', () => {
    expect(byId('sabaino-agente-comunitario-anemia').niveles).to.deep.equal([
      { nivel: 'municipal', texto: 'Municipal', entidad: 'distrito de Sabaino' },
    ]);
    expect(byId('codigo-conducta-participativo').niveles.map((n) => n.nivel)).to.deep.equal(['regional', 'provincial']);
    expect(byId('trujillo-seguimiento-programas-presupuestales').nivelTexto).to.equal('Provincial/Trujillo');
  });

  it('keeps the description as structure: paragraphs, numbered steps with sub-items, footnotes', () => {
    const lambayeque = byId('lambayeque-gestion-materiales-educativos').descripcion;
    const etapas = lambayeque.find((b) => b.tipo === 'lista');
    expect(etapas?.tipo === 'lista' && etapas.ordenada).to.equal(true);
    expect(etapas?.tipo === 'lista' && etapas.items.map((i) => i.texto)).to.deep.equal(['Planificación', 'Ejecución', 'Monitoreo']);
    const sanMartin = byId('san-martin-comite-materiales-educativos').descripcion;
    expect(sanMartin.some((b) => b.tipo === 'nota-al-pie' && b.marca === '12')).to.equal(true);
  });

  it('records the source defects instead of hiding or inventing', () => {
    const ventanillas = byId('ica-ventanillas-unicas');
    expect(ventanillas.notas.map((n) => n.tipo)).to.include.members(['encabezados-fusionados', 'oracion-duplicada', 'numero-ambiguo']);
    // The ambiguous number stays as printed.
    expect(JSON.stringify(ventanillas.descripcion)).to.contain('1 60 usuarios por mes');
    const cadenas = byId('san-martin-cadenas-de-valor');
    expect(cadenas.notas.some((n) => n.tipo === 'parrafo-cortado')).to.equal(true);
    expect(JSON.stringify(cadenas.descripcion)).to.contain('se pueden articular más rápido con el mercado.');
    expect(JSON.stringify(byId('apurimac-riesgos-desastres').descripcion)).not.to.contain('Marca San Martín');
  });

  it('takes each criterion from Anexo 1 and each section page from the table of contents', () => {
    expect(byId('sabaino-agente-comunitario-anemia').criterio).to.equal('participacion');
    expect(byId('codigo-conducta-participativo').criterio).to.equal('transparencia');
    expect(byId('san-martin-sirsam').criterio).to.equal('articulacion');
    // The text has no page breaks: only the page where each section starts is known.
    expect(byId('sabaino-agente-comunitario-anemia').paginaSeccion).to.equal(20);
    expect(byId('san-martin-sirsam').paginaSeccion).to.equal(36);
    expect(d.practicas.filter((p) => p.pagina !== undefined)).to.deep.equal([]);
  });
});
