import type { Licence, Report } from '../model/report.js';
import type { RowsFieldDef, Template } from '../model/template.js';
import { contentIn } from '../report/localized.js';
import { csvTable } from './csv.js';
import { expandScalar, type Context, type Expansion } from './columns.js';
import { linksOf, richTextToPlain } from './plain-text.js';
import { bothLangs, csvRow, inLang, label, tableSchema, type Cell, type Column, type DataTable } from './table.js';

/** The licence of a report's data when the report names none: the French State's open licence. */
export const DEFAULT_LICENCE: Licence = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

/** The profile the descriptor declares: version 2 of the Data Package standard. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** One file of the data package, as text (UTF-8), by its name in the package's folder. */
export interface DataFile {
  path: string;
  text: string;
}

/** How to write the package. */
export interface DataPackageOptions {
  /** Keep the contacts' e-mail addresses (left out of published data by default). */
  withContacts?: boolean;
  /** When the package is made (ISO 8601), recorded as its `created` date. */
  created?: string;
}

/** A name a data package accepts (lower case, digits, `-`): `keyFigures` becomes `key-figures`. */
function resourceName(text: string): string {
  return (
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'table'
  );
}

const idColumn = (title = label('data.col.id')): Column => ({ name: 'id', type: 'string', title, required: true });

/**
 * The report's open data as a Frictionless Data Package: `datapackage.json` and one CSV file per
 * table, all made from the template, so that every template gives its own columns:
 * - one row per card (its number, ambition, and every field but the lists of rows), named after
 *   the template's card ("commitments", "actions");
 * - the ambitions, the institutions, and which institutions each card names;
 * - one table per list of rows (milestones, resources, contacts…), one row per row;
 * - one table per scale (progress levels…), which the choice columns refer to;
 * - the links cited in the cards' rich text.
 * Rich text becomes plain text; text cells that a spreadsheet would run as a formula start with
 * an apostrophe. Contacts' e-mail addresses are left out unless `withContacts`. See docs/DATA.md.
 */
export function dataPackage(report: Report, template: Template, options: DataPackageOptions = {}): DataFile[] {
  const taken = new Set<string>();
  const unique = (wanted: string, prefix: string) => {
    let name = resourceName(wanted);
    if (taken.has(name)) name = `${prefix}-${name}`;
    for (let n = 2; taken.has(name); n++) name = `${resourceName(wanted)}-${n}`;
    taken.add(name);
    return name;
  };
  const cardsName = unique(`${template.card.name.en}s`, 'cards');
  const ambitionsName = unique('ambitions', 'groups');
  const institutionsName = unique('institutions', 'report');
  const cardInstitutionsName = unique(`${template.card.name.en}-institutions`, 'cards');
  const linksName = unique('links', 'cited');
  const scaleTables = new Map<string, string>();
  for (const scaleId of Object.keys(template.scales)) scaleTables.set(scaleId, unique(scaleId, 'scale'));
  const rowsFields = template.card.fields.filter((f): f is RowsFieldDef => f.kind === 'rows');
  const rowsNames = new Map(rowsFields.map((f) => [f.id, unique(f.id, 'rows')]));

  const ctx: Context = {
    report,
    template,
    scaleTables,
    institutionsTable: institutionsName,
    institutions: new Map(report.institutions.map((i) => [i.id, i])),
    withContacts: options.withContacts ?? false,
  };
  const ambitionTitles = new Map(report.ambitions.map((a) => [a.id, a.title]));
  const cardKey = [{ fields: ['card'], resource: cardsName, reference: ['id'] }];

  // One row per card: the card's own columns, then each field's.
  const cardColumns: Column[] = [
    idColumn(label('data.col.cardId')),
    { name: 'number', type: 'string', title: label('data.col.number'), required: true },
    { name: 'ambition', type: 'string', title: label('data.col.ambition', { group: template.group.name.fr }) },
    { name: 'ambition_fr', type: 'string', title: inLang(template.group.name, 'fr') },
    { name: 'ambition_en', type: 'string', title: inLang(template.group.name, 'en') },
  ];
  const cards: DataTable = {
    name: cardsName,
    title: label('data.table.cards', { card: template.card.name.fr }),
    columns: cardColumns,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['ambition'], resource: ambitionsName, reference: ['id'] }],
    rows: [],
  };
  const fieldCells: ((card: Report['cards'][number]) => Cell[])[] = [];
  for (const def of template.card.fields) {
    if (def.kind === 'rows') continue;
    if (def.kind === 'richText') {
      cardColumns.push({ name: `${def.id}_fr`, type: 'string', title: inLang(def.label, 'fr'), description: def.help }, { name: `${def.id}_en`, type: 'string', title: inLang(def.label, 'en'), description: def.help });
      fieldCells.push((card) => {
        const v = card.fields[def.id];
        const plain = (lang: 'fr' | 'en') => {
          const content = v?.kind === 'richText' ? contentIn(v, lang) : undefined;
          const text = content ? richTextToPlain(content) : '';
          return text === '' ? null : text;
        };
        return [plain('fr'), plain('en')];
      });
      continue;
    }
    const e: Expansion = expandScalar(def, ctx);
    cardColumns.push(...e.columns);
    cards.foreignKeys.push(...e.foreignKeys);
    fieldCells.push((card) => {
      const v = card.fields[def.id];
      return e.cells(v?.kind === 'rows' || v?.kind === 'richText' ? undefined : v);
    });
  }
  for (const card of report.cards) {
    const ambition = card.ambition ? ambitionTitles.get(card.ambition) : undefined;
    cards.rows.push([card.id, card.number, card.ambition, contentIn(ambition, 'fr') ?? null, contentIn(ambition, 'en') ?? null, ...fieldCells.flatMap((f) => f(card))]);
  }

  const ambitions: DataTable = {
    name: ambitionsName,
    title: { fr: template.group.name.fr, en: template.group.name.en },
    columns: [idColumn(), { name: 'title_fr', type: 'string', title: inLang(label('data.col.title'), 'fr') }, { name: 'title_en', type: 'string', title: inLang(label('data.col.title'), 'en') }],
    primaryKey: ['id'],
    foreignKeys: [],
    rows: report.ambitions.map((a) => [a.id, contentIn(a.title, 'fr') ?? null, contentIn(a.title, 'en') ?? null]),
  };

  const institutions: DataTable = {
    name: institutionsName,
    title: label('data.table.institutions'),
    columns: [
      idColumn(),
      { name: 'name_fr', type: 'string', title: inLang(label('data.col.name'), 'fr') },
      { name: 'name_en', type: 'string', title: inLang(label('data.col.name'), 'en') },
      { name: 'acronym_fr', type: 'string', title: inLang(label('data.col.acronym'), 'fr') },
      { name: 'acronym_en', type: 'string', title: inLang(label('data.col.acronym'), 'en') },
    ],
    primaryKey: ['id'],
    foreignKeys: [],
    rows: report.institutions.map((i) => [i.id, contentIn(i.name, 'fr') ?? null, contentIn(i.name, 'en') ?? null, i.acronym?.fr ?? null, i.acronym?.en ?? null]),
  };

  // Which institutions each card names, one row each, so that both sides can be joined.
  const institutionFields = template.card.fields.filter((f) => f.kind === 'institutions');
  const cardInstitutions: DataTable = {
    name: cardInstitutionsName,
    title: label('data.table.cardInstitutions'),
    columns: [
      { name: 'card', type: 'string', title: label('data.col.cardId'), required: true },
      { name: 'field', type: 'string', title: label('data.col.field'), required: true },
      { name: 'institution', type: 'string', title: label('data.col.institution'), required: true },
      { name: 'position', type: 'integer', title: label('data.col.position') },
    ],
    primaryKey: ['card', 'field', 'institution'],
    foreignKeys: [...cardKey, { fields: ['institution'], resource: institutionsName, reference: ['id'] }],
    rows: report.cards.flatMap((card) =>
      institutionFields.flatMap((f) => {
        const v = card.fields[f.id];
        return v?.kind === 'institutions' ? [...new Set(v.ids)].map((id, i): Cell[] => [card.id, f.id, id, i + 1]) : [];
      }),
    ),
  };

  const rowTables: DataTable[] = rowsFields.map((def) => {
    const expansions = def.columns.map((c) => expandScalar(c, ctx));
    return {
      name: rowsNames.get(def.id)!,
      title: def.label,
      description: def.help,
      columns: [
        { name: 'card', type: 'string', title: label('data.col.cardId'), required: true },
        { name: 'card_number', type: 'string', title: label('data.col.number') },
        { name: 'position', type: 'integer', title: label('data.col.position') },
        idColumn(label('data.col.rowId')),
        ...expansions.flatMap((e) => e.columns),
      ],
      primaryKey: ['card', 'id'],
      foreignKeys: [...cardKey, ...expansions.flatMap((e) => e.foreignKeys)],
      rows: report.cards.flatMap((card) => {
        const v = card.fields[def.id];
        if (v?.kind !== 'rows') return [];
        return v.rows.map((row, i): Cell[] => [card.id, card.number, i + 1, row.id, ...expansions.flatMap((e, k) => e.cells(row.cells[def.columns[k]!.id]))]);
      }),
    };
  });

  const scaleTableList: DataTable[] = Object.entries(template.scales).map(([scaleId, scale]) => ({
    name: scaleTables.get(scaleId)!,
    title: scale.label,
    columns: [idColumn(), { name: 'position', type: 'integer', title: label('data.col.position') }, { name: 'label_fr', type: 'string', title: inLang(label('data.col.label'), 'fr') }, { name: 'label_en', type: 'string', title: inLang(label('data.col.label'), 'en') }],
    primaryKey: ['id'],
    foreignKeys: [],
    rows: scale.options.map((o, i) => [o.id, i + 1, o.label.fr, o.label.en]),
  }));

  // Links cited in the cards' rich text: evidence a reader can follow. Only web addresses.
  const links: DataTable = {
    name: linksName,
    title: label('data.table.links'),
    columns: [
      { name: 'card', type: 'string', title: label('data.col.cardId'), required: true },
      { name: 'card_number', type: 'string', title: label('data.col.number') },
      { name: 'field', type: 'string', title: label('data.col.field'), required: true },
      { name: 'lang', type: 'string', title: label('data.col.lang'), required: true, pattern: '^(fr|en)$' },
      { name: 'position', type: 'integer', title: label('data.col.position'), required: true },
      { name: 'label', type: 'string', title: label('data.col.label') },
      { name: 'url', type: 'string', title: label('data.col.url'), required: true },
    ],
    primaryKey: ['card', 'field', 'lang', 'position'],
    foreignKeys: cardKey,
    rows: report.cards.flatMap((card) =>
      template.card.fields.flatMap((def) => {
        const v = card.fields[def.id];
        if (v?.kind !== 'richText') return [];
        return (['fr', 'en'] as const).flatMap((lang) =>
          linksOf(contentIn(v, lang) ?? [])
            .filter((l) => /^https?:/i.test(l.url))
            .map((l, i): Cell[] => [card.id, card.number, def.id, lang, i + 1, l.label || null, l.url]),
        );
      }),
    ),
  };

  const tables = [cards, ambitions, institutions, cardInstitutions, ...rowTables, ...scaleTableList, links];
  const licence = report.licence ?? DEFAULT_LICENCE;
  const title = { fr: contentIn(report.title, 'fr') ?? '', en: contentIn(report.title, 'en') ?? '' };
  const issuer = { fr: contentIn(report.issuer, 'fr') ?? '', en: contentIn(report.issuer, 'en') ?? '' };
  const descriptor = {
    $schema: DATA_PACKAGE_PROFILE,
    name: `bilan-${report.id}`,
    id: report.id,
    ...(title.fr || title.en ? { title: bothLangs(title) } : {}),
    description: bothLangs(label('data.package.description', { template: template.name.fr, period: report.period })),
    ...(options.created ? { created: options.created } : {}),
    licenses: [licence],
    ...(issuer.fr || issuer.en ? { contributors: [{ title: bothLangs(issuer), roles: ['publisher'] }] } : {}),
    keywords: ['Open Government Partnership', 'OGP', template.id],
    // Custom properties, which the standard allows: what a reader of the OGP repository looks for.
    period: report.period,
    published: report.published,
    languages: ['fr', 'en'],
    titles: title,
    template: report.template,
    resources: tables.map((table) => ({
      name: table.name,
      type: 'table',
      path: `${table.name}.csv`,
      scheme: 'file',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: bothLangs(table.title),
      ...(table.description ? { description: bothLangs(table.description) } : {}),
      dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: tableSchema(table),
    })),
  };
  return [
    { path: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` },
    ...tables.map((table) => ({
      path: `${table.name}.csv`,
      text: csvTable(
        table.columns.map((c) => c.name),
        table.rows.map((r) => csvRow(table, r)),
      ),
    })),
  ];
}
