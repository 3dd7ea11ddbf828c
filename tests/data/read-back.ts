import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { FIXTURES } from '../support/paths.js';

/**
 * Reads every CSV file of a folder with Python's `csv` module, a parser that owes nothing to
 * ours: by file name, its rows (the header first), as Python read them in UTF-8.
 */
export function readCsvWithPython(dir: string, names: readonly string[]): Record<string, string[][]> {
  const script = [
    'import csv, json, sys',
    'out = {}',
    'for name in sys.argv[2:]:',
    '    with open(sys.argv[1] + "/" + name, newline="", encoding="utf-8") as f:',
    '        out[name] = [row for row in csv.reader(f, strict=True)]',
    'json.dump(out, sys.stdout, ensure_ascii=False)',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, dir, ...names], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Record<string, string[][]>;
}

/** A resource of `datapackage.json`, as the tests read it. */
export interface ResourceDescriptor {
  name: string;
  path: string;
  title: string;
  schema: {
    fields: { name: string; type: string; title: string; titles: { fr: string; en: string } }[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/** `datapackage.json` as the tests read it. */
export interface PackageDescriptor {
  name: string;
  period: string;
  licenses: { name: string; title: string; path: string }[];
  resources: ResourceDescriptor[];
}

export function readDescriptor(dir: string): PackageDescriptor {
  return JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as PackageDescriptor;
}

/** Validators made from the Data Package and Table Schema JSON Schemas (version 2 profiles), kept as data in the fixtures. */
export function frictionlessValidators(): { dataPackage: ValidateFunction; tableSchema: ValidateFunction } {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('textarea', true);
  const schema = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'frictionless', name), 'utf8')) as object;
  return { dataPackage: ajv.compile(schema('datapackage.json')), tableSchema: ajv.compile(schema('tableschema.json')) };
}
