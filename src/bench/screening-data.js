import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadOfacCsv } from '../screening/loaders/ofac.js';
import { loadUnXml } from '../screening/loaders/un.js';
import { parseCsv } from '../screening/loaders/read.js';
/** ../shared/data beside the repo (DESIGN.md: never copied into the project). */
export const DATA = resolve(new URL('.', import.meta.url).pathname, '..', '..', '..', 'shared', 'data');
export function requireData() {
    if (!existsSync(DATA)) {
        process.stderr.write(`shared data not found at ${DATA}: the screening eval and bench need it\n`);
        process.exit(1);
    }
}
export function listItems() {
    return {
        un: loadUnXml([`${DATA}/un-consolidated-xml/UN_consolidated.xml`]).entities,
        ofac: loadOfacCsv([`${DATA}/ofac-sdn-2024-05/sdn_2024-05-03.csv`]).entities,
    };
}
export function csvObjects(file) {
    const rows = parseCsv(readFileSync(file, 'utf8'), file);
    return rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i] ?? ''])));
}
export function people(file) {
    return csvObjects(`${DATA}/opensanctions-candidate-bench/${file}`).map((r) => ({
        name: r.full_name,
        birthDate: r.date_of_birth || undefined,
        country: r.nationality || undefined,
    }));
}
