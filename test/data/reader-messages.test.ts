// What a page's reader reads when a dataset is invalid: plain sentences that
// name the place in words and the problem, for every kind of problem the
// schema can report; never a pattern, a raw path or zod's own wording.
import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { DatasetError, type DatasetIssue } from '../../src/data/errors.js';
import { PATTERNS, describeIssue } from '../../src/data/describe-issue.js';
import { loadDataset, clearDatasetCache } from '../../src/data/loader.js';
import { MENSAJES_VALIDACION as MENSAJES } from '../../src/i18n/mensajes-validacion.js';
import jsonSchema from '../../data/practicas.schema.json' with { type: 'json' };
import { errorFor, jsonUrl, rawDataset, type RawDataset } from '../support/data.js';

type Mutable = Record<string, unknown>;


/** Patterns, raw paths, and zod's or the developer message's wording. */
const FORBIDDEN_ES = [/\/\^/, /\$\//, /\\[dsw]/, /\[\d+\]/, /\binvalid\b/i, /\bexpected\b/i, /\breceived\b/i, /\bmust\b/i, /\bunknown\b/i, /\binput\b/i, /\bregex\b/i, /\bduplicate\b/i];
const FORBIDDEN_EN = [/\/\^/, /\$\//, /\\[dsw]/, /\[\d+\]/, /Invalid input/i, /\bexpected (string|number|int|object|array|boolean)\b/i, /\breceived\b/i, /\bregex\b/i, /\bfirst at\b/];

function expectSentences(error: DatasetError, es: string, en: string) {
  const detailEs = error.describe('es').detail;
  const detailEn = error.describe('en').detail;
  expect(detailEs).to.contain(es);
  expect(detailEn).to.contain(en);
  for (const pattern of FORBIDDEN_ES) expect(detailEs, `es: ${String(pattern)}`).not.to.match(pattern);
  for (const pattern of FORBIDDEN_EN) expect(detailEn, `en: ${String(pattern)}`).not.to.match(pattern);
  expect(detailEs).to.match(/\.$/);
  expect(detailEn).to.match(/\.$/);
}

const index = (d: RawDataset, id: string) => d.practicas.findIndex((p) => p.id === id);

describe('reader-facing messages for an invalid dataset', () => {
  const cases: { kind: string; mutate: (d: RawDataset) => void; code: string; es: string; en: string }[] = [
    {
      kind: 'format: region code',
      code: 'invalid_format',
      mutate: (d) => (d.practicas[9].regiones = ['99']),
      es: 'La práctica 10 (id «huanuco-primera-infancia-articulada»), en «regiones» n.º 1: la región "99" no existe; los códigos van de "01" a "25".',
      en: 'Practice 10 (id "huanuco-primera-infancia-articulada"), in "regions" no. 1: unknown region "99"; codes go from "01" to "25".',
    },
    {
      kind: 'format: identifier',
      code: 'invalid_format',
      mutate: (d) => (d.practicas[0].id = 'Anemia Cero'),
      es: 'La práctica 1 (id «Anemia Cero»), en «identificador»: "Anemia Cero" no sirve como identificador',
      en: 'in "identifier": "Anemia Cero" is not a valid identifier',
    },
    {
      kind: 'format: white space around text',
      code: 'invalid_format',
      mutate: (d) => (d.practicas[2].titulo = `${d.practicas[2].titulo} `),
      es: 'La práctica 3 (id «cusco-desnutricion-comunidades-campesinas»), en «título»: el texto empieza o termina con espacios.',
      en: 'in "title": the text starts or ends with spaces.',
    },
    {
      kind: 'format: ISO code',
      code: 'invalid_format',
      mutate: (d) => (d.regiones[7].iso = 'PE-Cus'),
      es: 'La región 8 del catálogo de regiones, en «código ISO»: "PE-Cus" no es un código ISO de región (como "PE-CUS").',
      en: 'Region 8 of the region catalogue, in "ISO code": "PE-Cus" is not an ISO region code',
    },
    {
      kind: 'format: year or year-month',
      code: 'invalid_format',
      mutate: (d) => (d.fuentes[0].fecha = 'diciembre 2018'),
      es: 'La fuente 1 del catálogo de fuentes, en «fecha»: "diciembre 2018" no es un año (como "2024") ni un año y un mes (como "2018-12").',
      en: 'Source 1 of the sources catalogue, in "date": "diciembre 2018" is not a year (like "2024") nor a year and month',
    },
    {
      kind: 'enumerated value',
      code: 'invalid_value',
      mutate: (d) => ((d.practicas[0] as Mutable).tipo = 'buena'),
      es: 'en «tipo»: "buena" no es un valor posible; debe ser "buena-practica" o "en-proceso".',
      en: 'in "type": "buena" is not an allowed value; it must be "buena-practica" or "en-proceso".',
    },
    {
      kind: 'variant of a union (description block)',
      code: 'invalid_union',
      mutate: (d) => ((d.practicas[0].descripcion[0] as Mutable).tipo = 'tabla'),
      es: 'en «descripción» n.º 1, «tipo»: "tabla" no es un valor posible; debe ser "parrafo", "lista" o "nota-al-pie".',
      en: '"tabla" is not an allowed value',
    },
    {
      kind: 'missing field',
      code: 'invalid_type',
      mutate: (d) => delete (d.practicas[3] as Mutable).objetivo,
      es: 'La práctica 4 (id «trujillo-articulacion-desnutricion-anemia»), en «objetivo»: falta este dato.',
      en: 'in "objective": this field is missing.',
    },
    {
      kind: 'missing list of practices',
      code: 'invalid_type',
      mutate: (d) => delete (d as Mutable).practicas,
      es: 'El archivo, en «prácticas»: falta este dato.',
      en: 'The file, in "practices": this field is missing.',
    },
    {
      kind: 'wrong type: text for a number',
      code: 'invalid_type',
      mutate: (d) => ((d.practicas[0] as Mutable).pagina = '20'),
      es: 'en «página»: debería ser un número, pero es el texto "20".',
      en: 'in "page": should be a number, but is the text "20".',
    },
    {
      kind: 'wrong type: a fraction for a whole number',
      code: 'invalid_type',
      mutate: (d) => ((d.practicas[0] as Mutable).pagina = 20.5),
      es: 'debería ser un número entero, pero es 20.5.',
      en: 'should be a whole number, but is 20.5.',
    },
    {
      kind: 'wrong type: null for an object',
      code: 'invalid_type',
      mutate: (d) => ((d.fuentes as unknown[])[0] = null),
      es: 'La fuente 1 del catálogo de fuentes: debería ser un objeto con campos, pero es un valor vacío (null).',
      en: 'Source 1 of the sources catalogue: should be an object with fields, but is an empty value (null).',
    },
    {
      kind: 'wrong type: a list for text',
      code: 'invalid_type',
      mutate: (d) => ((d.temas[0] as Mutable).nombre = ['Salud']),
      es: 'El tema 1 del catálogo de temas, en «nombre»: debería ser un texto, pero es una lista.',
      en: 'Topic 1 of the topic catalogue, in "name": should be a text, but is a list.',
    },
    {
      kind: 'too small: empty list',
      code: 'too_small',
      mutate: (d) => (d.practicas[0].regiones = []),
      es: 'en «regiones»: la lista está vacía; necesita al menos un elemento.',
      en: 'in "regions": the list is empty; it needs at least one item.',
    },
    {
      kind: 'too small: empty text',
      code: 'too_small',
      mutate: (d) => (d.criterios[0].nombre = ''),
      es: 'El criterio 1 del catálogo de criterios, en «nombre»: el texto está vacío.',
      en: 'in "name": the text is empty.',
    },
    {
      kind: 'too small: number',
      code: 'too_small',
      mutate: (d) => (d.practicas[0].paginaSeccion = 0),
      es: 'en «página de la sección»: debe ser 1 o más, pero es 0.',
      en: 'in "page of the section": should be 1 or more, but is 0.',
    },
    {
      kind: 'unrecognized keys',
      code: 'unrecognized_keys',
      mutate: (d) => ((d.practicas[0] as Mutable).titullo = 'x'),
      es: '(id «sabaino-agente-comunitario-anemia»): el campo «titullo» no está previsto (¿una errata?).',
      en: '(id "sabaino-agente-comunitario-anemia"): unexpected field "titullo" (a typo?).',
    },
    {
      kind: 'cross-record: duplicate id',
      code: 'custom',
      mutate: (d) => (d.practicas[5].id = d.practicas[1].id),
      es: 'La práctica 6 (id «arequipa-anemia-cero»), en «identificador»: "arequipa-anemia-cero" está repetido; ya aparece en la práctica 2.',
      en: '"arequipa-anemia-cero" is repeated; it already appears in practice 2.',
    },
    {
      kind: 'cross-record: duplicate catalogue entry',
      code: 'custom',
      mutate: (d) => d.temas.push({ ...d.temas[0] }),
      es: 'El tema 6 del catálogo de temas, en «identificador»: "salud" está repetido; ya aparece en el tema 1 del catálogo de temas.',
      en: 'it already appears in topic 1 of the topic catalogue.',
    },
    {
      kind: 'cross-record: unknown topic',
      code: 'custom',
      mutate: (d) => (d.practicas[0].tema = 'deporte'),
      es: 'en «tema»: el tema "deporte" no existe en el catálogo de temas.',
      en: 'in "topic": unknown topic "deporte": it is not in the topic catalogue.',
    },
    {
      kind: 'cross-record: unknown criterion',
      code: 'custom',
      mutate: (d) => (d.practicas[index(d, 'apurimac-sigei')].criterio = 'eficiencia'),
      es: 'La práctica 14 (id «apurimac-sigei»), en «criterio»: el criterio "eficiencia" no existe en el catálogo de criterios.',
      en: 'unknown criterion "eficiencia"',
    },
    {
      kind: 'cross-record: region missing from the catalogue',
      code: 'custom',
      mutate: (d) => (d.regiones = d.regiones.filter((r) => r.ubigeo !== '22')),
      es: 'en «regiones» n.º 1: la región "22" no existe en el catálogo de regiones.',
      en: 'unknown region "22": it is not in the region catalogue.',
    },
    {
      kind: "cross-record: a tool's region outside the practice's",
      code: 'custom',
      mutate: (d) => ((d.practicas[index(d, 'codigo-conducta-participativo')].herramientas[0] as Mutable).region = '08'),
      es: 'en «herramientas» n.º 1, «región»: la región "08" no está entre las regiones de la práctica.',
      en: `region "08" is not among the practice's regions.`,
    },
  ];

  for (const { kind, mutate, code, es, en } of cases) {
    it(kind, () => {
      const error = errorFor(mutate);
      expect(error.issues[0].issue.code).to.equal(code);
      expectSentences(error, es, en);
    });
  }

  it('covers every kind of issue the schema produced above', () => {
    const codes = new Set(cases.map((c) => c.code));
    expect([...codes]).to.have.members(['invalid_format', 'invalid_value', 'invalid_union', 'invalid_type', 'too_small', 'unrecognized_keys', 'custom']);
  });

  it('knows every pattern of the schema (a new pattern needs a sentence)', () => {
    const patterns = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.add(value);
          else walk(value);
        }
      }
    };
    walk(jsonSchema);
    expect(patterns.size).to.be.greaterThan(0);
    for (const pattern of patterns) expect(PATTERNS, pattern).to.have.property(pattern);
  });

  it('counts two rules broken by one value as one problem, and the others as more', () => {
    expect(errorFor((d) => (d.practicas[9].regiones = ['99'])).describe('es').detail).not.to.contain('problema');
    const error = errorFor((d) => {
      d.practicas[0].titulo = '';
      d.practicas[1].regiones = ['7'];
      d.practicas[2].regiones = ['99'];
    });
    expect(error.describe('es').detail).to.match(/ Hay 2 problemas más\.$/);
    expect(error.describe('en').detail).to.match(/ There are 2 more problems\.$/);
  });

  it('keeps every detail, patterns included, for the developer on message and issues', () => {
    const error = errorFor((d) => (d.practicas[9].regiones = ['99']));
    expect(error.message).to.contain('practicas[9].regiones[0]').and.contain('invalid_format').and.contain('0[1-9]');
    expect(error.issues[0].path).to.equal('practicas[9].regiones[0]');
    expect(error.issues[0].recordId).to.equal('huanuco-primera-infancia-articulada');
  });

  describe('problems the schema does not produce today still read as sentences', () => {
    const issue = (raw: Partial<z.core.$ZodIssue> & { code: string }, path: (string | number)[]): DatasetIssue => ({
      path: path.join('.'),
      record: typeof path[1] === 'number' ? path[1] : undefined,
      issue: { message: 'Invalid input', input: undefined, ...raw, path } as unknown as z.core.$ZodIssue,
    });

    it('too big', () => {
      const text = describeIssue(
        issue({ code: 'too_big', origin: 'array', maximum: 3, inclusive: true } as never, ['practicas', 0, 'regiones']),
        MENSAJES.es,
      );
      expect(text).to.equal('La práctica 1, en «regiones»: la lista tiene demasiados elementos; como máximo 3');
    });

    it('an unknown kind of issue: a fallback that still names the field in words', () => {
      const es = describeIssue(issue({ code: 'not_multiple_of', divisor: 2 } as never, ['practicas', 4, 'pagina']), MENSAJES.es);
      expect(es).to.equal('La práctica 5, en «página»: el valor no es válido');
      const en = describeIssue(issue({ code: 'not_multiple_of', divisor: 2 } as never, ['practicas', 4, 'pagina']), MENSAJES.en);
      expect(en).to.equal('Practice 5, in "page": the value is not valid');
    });

    it('a field the messages have no name for is named by its key', () => {
      const es = describeIssue(issue({ code: 'custom', message: 'some new rule' } as never, ['practicas', 0, 'foto']), MENSAJES.es);
      expect(es).to.equal('La práctica 1, en «foto»: no cumple una regla del catálogo');
    });
  });

  describe('README', () => {
    afterEach(() => clearDatasetCache());

    it("the README's example sentences are what describe() gives, word for word", async () => {
      const readme = await (await fetch('/README.md')).text();
      const es = /`(Los datos de https:\/\/…\/practicas\.json [^`]+)`/.exec(readme)?.[1];
      const en = /`(The data at https:\/\/…\/practicas\.json [^`]+)`/.exec(readme)?.[1];
      expect(es, 'Spanish example in the README').to.be.a('string');
      expect(en, 'English example in the README').to.be.a('string');
      // The README's case: region "99" in the tenth record, loaded by URL.
      const data = rawDataset();
      data.practicas[9].regiones = ['99'];
      const url = jsonUrl(data);
      let error: DatasetError | undefined;
      try {
        await loadDataset(url);
      } catch (e) {
        error = e as DatasetError;
      }
      expect(error).to.be.instanceOf(DatasetError);
      expect(error!.describe('es').detail).to.equal(es!.replace('https://…/practicas.json', url));
      expect(error!.describe('en').detail).to.equal(en!.replace('https://…/practicas.json', url));
    });
  });
});
