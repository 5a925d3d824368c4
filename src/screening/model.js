/** Schemas the matcher screens against; relations (Ownership, ...) are kept but not screened. */
export const MATCHABLE = new Set(['Person', 'Company', 'Organization', 'LegalEntity', 'Vessel', 'Airplane']);
/** Properties whose values are names a query may match in full. */
export const NAME_PROPS = ['name', 'alias', 'previousName'];
/** Properties holding identifiers (registry numbers, tax ids, IMO, passports, ...). */
export const ID_PROPS = [
    'idNumber', 'innCode', 'ogrnCode', 'taxNumber', 'registrationNumber', 'passportNumber', 'imoNumber',
    'leiCode', 'swiftBic', 'vatCode', 'okpoCode', 'kppCode', 'uniqueEntityId', 'callSign', 'mmsi',
    'serialNumber', 'socialSecurityNumber',
];
/** Builds an entity, dropping empty values and duplicates. */
export function makeEntity(id, schema, dataset, props, listed) {
    const properties = {};
    for (const [k, vs] of Object.entries(props)) {
        const clean = [...new Set(vs.map((v) => v.trim()).filter((v) => v.length > 0))];
        if (clean.length)
            properties[k] = clean;
    }
    const caption = properties.name?.[0] ?? id;
    return { id, schema, caption, properties, datasets: [dataset], ...(listed ? { listed } : {}) };
}
/** Appends values to a property list (mutates: loaders build entities incrementally). */
export function addProp(props, key, ...values) {
    for (const v of values) {
        if (v == null)
            continue;
        const t = v.trim();
        if (!t)
            continue;
        const list = (props[key] ??= []);
        if (!list.includes(t))
            list.push(t);
    }
}
export function prop(e, key) {
    return e.properties[key] ?? [];
}
