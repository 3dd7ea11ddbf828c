import { createContext, useContext } from 'react';

/**
 * Every string the rich-text field shows or reads aloud, in French and English. The field
 * takes the interface language as a prop (`uiLang`), independent of the language of the text
 * being written, so a French-speaking user can edit the English version with French buttons.
 */
const fr = {
  toolbar: 'Mise en forme : {label}',
  bold: 'Gras',
  italic: 'Italique',
  heading: 'Intertitre {level}',
  bulletList: 'Liste à puces',
  numberedList: 'Liste numérotée',
  indent: 'Retrait +',
  indentHint: 'Imbriquer l’élément de liste',
  outdent: 'Retrait −',
  outdentHint: 'Désimbriquer l’élément de liste',
  link: 'Lien',
  table: 'Tableau',
  footnote: 'Note',
  keysBold: 'Ctrl+B',
  keysItalic: 'Ctrl+I',
  keysIndent: 'Tab',
  keysOutdent: 'Maj+Tab',
  linkUrl: 'Adresse du lien (https://, http:// ou mailto:)',
  linkApply: 'Appliquer',
  linkRemove: 'Supprimer le lien',
  linkInvalid: 'Adresse refusée : saisissez une adresse complète commençant par https://, http:// ou mailto:.',
  footnoteText: 'Texte de la note',
  footnoteInsert: 'Insérer la note',
  footnoteEmpty: 'La note est vide : saisissez son texte.',
  cancel: 'Fermer',
  tableTools: 'Tableau sélectionné',
  rowAbove: 'Ligne au-dessus',
  rowBelow: 'Ligne en dessous',
  columnLeft: 'Colonne à gauche',
  columnRight: 'Colonne à droite',
  deleteRow: 'Supprimer la ligne',
  deleteColumn: 'Supprimer la colonne',
  deleteTable: 'Supprimer le tableau',
  imageAlt: 'Texte alternatif de l’image',
  imageMissing: 'Image indisponible',
  chart: 'Graphique',
  chartHint: 'Insérer un graphique à partir d’un petit tableau',
  chartTable: 'Données du graphique : une ligne par libellé, une colonne par série',
  chartKind: 'Type',
  chartBar: 'Barres',
  chartLine: 'Courbes',
  chartTitle: 'Titre',
  chartUnit: 'Unité (facultative)',
  chartValueAxis: 'Axe des valeurs (facultatif)',
  chartCategoryAxis: 'Axe des libellés (facultatif)',
  chartLabel: 'Libellé',
  chartRowN: 'ligne {n}',
  chartSeriesN: 'série {n}',
  chartRowLabel: 'Libellé de la ligne {n}',
  chartSeriesName: 'Nom de la série {n}',
  chartValue: 'Valeur : {series}, {row}',
  chartAddRow: 'Ajouter une ligne',
  chartAddSeries: 'Ajouter une série',
  chartRemoveRow: 'Supprimer',
  chartRemoveRowNamed: 'Supprimer la ligne « {name} »',
  chartRemoveSeries: 'Supprimer',
  chartRemoveSeriesNamed: 'Supprimer la série « {name} »',
  chartDescription: 'Description pour les lecteurs d’écran (facultative ; sinon faite à partir du tableau)',
  chartBadNumber: '« {value} » n’est pas un nombre (ligne {row}, série {series}) : le graphique garde la valeur précédente.',
};

/** The keys of the field's strings. */
export type EditorStringKey = keyof typeof fr;

const en: Record<EditorStringKey, string> = {
  toolbar: 'Formatting: {label}',
  bold: 'Bold',
  italic: 'Italic',
  heading: 'Heading {level}',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  indent: 'Indent',
  indentHint: 'Nest the list item',
  outdent: 'Outdent',
  outdentHint: 'Un-nest the list item',
  link: 'Link',
  table: 'Table',
  footnote: 'Footnote',
  keysBold: 'Ctrl+B',
  keysItalic: 'Ctrl+I',
  keysIndent: 'Tab',
  keysOutdent: 'Shift+Tab',
  linkUrl: 'Link address (https://, http:// or mailto:)',
  linkApply: 'Apply',
  linkRemove: 'Remove link',
  linkInvalid: 'Address refused: enter a full address starting with https://, http:// or mailto:.',
  footnoteText: 'Footnote text',
  footnoteInsert: 'Insert footnote',
  footnoteEmpty: 'The footnote is empty: type its text.',
  cancel: 'Close',
  tableTools: 'Selected table',
  rowAbove: 'Row above',
  rowBelow: 'Row below',
  columnLeft: 'Column left',
  columnRight: 'Column right',
  deleteRow: 'Delete row',
  deleteColumn: 'Delete column',
  deleteTable: 'Delete table',
  imageAlt: 'Image alternative text',
  imageMissing: 'Image unavailable',
  chart: 'Chart',
  chartHint: 'Insert a chart made from a small table',
  chartTable: 'Chart data: one row per label, one column per series',
  chartKind: 'Type',
  chartBar: 'Bars',
  chartLine: 'Lines',
  chartTitle: 'Title',
  chartUnit: 'Unit (optional)',
  chartValueAxis: 'Value axis (optional)',
  chartCategoryAxis: 'Label axis (optional)',
  chartLabel: 'Label',
  chartRowN: 'row {n}',
  chartSeriesN: 'series {n}',
  chartRowLabel: 'Label of row {n}',
  chartSeriesName: 'Name of series {n}',
  chartValue: 'Value: {series}, {row}',
  chartAddRow: 'Add a row',
  chartAddSeries: 'Add a series',
  chartRemoveRow: 'Delete',
  chartRemoveRowNamed: 'Delete row “{name}”',
  chartRemoveSeries: 'Delete',
  chartRemoveSeriesNamed: 'Delete series “{name}”',
  chartDescription: 'Description for screen readers (optional; otherwise made from the table)',
  chartBadNumber: '“{value}” is not a number (row {row}, series {series}): the chart keeps the previous value.',
};

/** The field's strings in both interface languages. */
export const EDITOR_STRINGS: Record<'fr' | 'en', Record<EditorStringKey, string>> = { fr, en };

/** Looks up a string, filling `{name}` placeholders. */
export type EditorTranslate = (key: EditorStringKey, values?: Record<string, string | number>) => string;

/** A translate function for one interface language. */
export function editorTranslator(uiLang: 'fr' | 'en'): EditorTranslate {
  const strings = EDITOR_STRINGS[uiLang];
  return (key, values) => strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
}

// Decorators (images) render through portals, away from the field's props: they read the
// interface language from here.
const EditorTranslateContext = createContext<EditorTranslate>(editorTranslator('fr'));

/** Provides the field's interface language to everything inside the editor. */
export const EditorTranslateProvider = EditorTranslateContext.Provider;

/** The field's translate function. */
export function useEditorT(): EditorTranslate {
  return useContext(EditorTranslateContext);
}
