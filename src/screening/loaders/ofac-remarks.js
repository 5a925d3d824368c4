import { addProp } from '../model.js';
/**
 * Parses the remarks of OFAC's legacy CSV ("DOB 10 Dec 1948; POB Giza, Egypt; nationality
 * Russia; Passport 1084010 (Egypt); a.k.a. 'BNC'; Linked To: X.") into FtM properties. Quoted
 * a.k.a. in remarks are OFAC's weak aliases; strong aliases live in alt.csv.
 */
const RULES = [
    [/^(?:alt\. )?DOB (.+)$/i, (p, m) => addProp(p, 'birthDate', m[1])],
    [/^(?:alt\. )?POB (.+)$/i, (p, m) => addProp(p, 'birthPlace', m[1])],
    [/^(?:alt\. )?nationality (.+)$/i, (p, m) => addProp(p, 'nationality', m[1])],
    [/^(?:alt\. )?citizen (.+)$/i, (p, m) => addProp(p, 'citizenship', m[1])],
    [/^Gender (.+)$/i, (p, m) => addProp(p, 'gender', m[1].toLowerCase())],
    [/^(?:[afn]\.k\.a\.) ['‘’](.+)['‘’]$/i, (p, m) => addProp(p, 'weakAlias', m[1])],
    [/^Linked To: (.+)$/i, (p, m) => addProp(p, 'notes', `Linked To: ${m[1]}`)],
    [/^Vessel Registration Identification IMO (\d{7})/i, (p, m) => addProp(p, 'imoNumber', m[1])],
    [/^IMO (\d{7})/i, (p, m) => addProp(p, 'imoNumber', m[1])],
    [/^(?:alt\. )?Passport ([^\s(]+)(?: \((.+?)\))?/i, (p, m) => addProp(p, 'passportNumber', m[1])],
    [/^(?:alt\. )?Tax ID No\. ([^\s(]+)(?: \((.+?)\))?/i, (p, m) => {
            addProp(p, 'taxNumber', m[1]);
            if (m[2] === 'Russia')
                addProp(p, 'innCode', m[1]);
            addProp(p, 'jurisdiction', m[2]);
        }],
    [/^(?:alt\. )?Registration Number ([^\s(]+)(?: \((.+?)\))?/i, (p, m) => {
            addProp(p, 'registrationNumber', m[1]);
            if (m[2] === 'Russia' && /^\d{13}$/.test(m[1]))
                addProp(p, 'ogrnCode', m[1]);
            addProp(p, 'jurisdiction', m[2]);
        }],
    [/^(?:alt\. )?Unified Social Credit Code \(USCC\) ([^\s(]+)/i, (p, m) => addProp(p, 'registrationNumber', m[1])],
    [/^Legal Entity Number ([^\s(]+)/i, (p, m) => addProp(p, 'leiCode', m[1])],
    [/^SWIFT\/BIC ([^\s(]+)/i, (p, m) => addProp(p, 'swiftBic', m[1])],
    [/^(?:alt\. )?(?:National ID No\.|Identification Number|Cedula No\.|NIT #|D\.N\.I\.|Government Gazette Number|Business Registration (?:Number|Document #)|Company Number|Registration ID|RFC|C\.U\.R\.P\.|SSN|Public Registration Number|Commercial Registry Number|Trade License No\.|Chamber of Commerce Number|Aircraft Serial Identification|Aircraft Manufacturer's Serial Number \(MSN\)|MMSI) ([^\s(;]+)/i,
        (p, m) => addProp(p, 'idNumber', m[1])],
];
export function parseRemarks(remarks, props) {
    const text = remarks.replace(/\.$/, '');
    for (const clause of splitClauses(text)) {
        const c = clause.trim().replace(/\.$/, '');
        for (const [re, apply] of RULES) {
            const m = re.exec(c);
            if (m) {
                apply(props, m);
                break;
            }
        }
    }
}
/** Splits on semicolons outside quotes (weak aliases may contain them). */
function splitClauses(s) {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch === "'" && (cur.endsWith('a.k.a. ') || cur.endsWith('f.k.a. ') || cur.endsWith('n.k.a. ')))
            quoted = true;
        else if (ch === "'" && quoted && (s[i + 1] === ';' || i === s.length - 1 || s[i + 1] === '.'))
            quoted = false;
        if (ch === ';' && !quoted) {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    if (cur)
        out.push(cur);
    return out;
}
