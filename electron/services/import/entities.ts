/** HTML character references: the named ones a news page uses, and numeric ones. */

const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const LEGACY = new Set([...LATIN1, 'amp', 'lt', 'gt', 'quot']);

/** Named references → code points. */
export const NAMED_ENTITIES: ReadonlyMap<string, number> = new Map<string, number>([
  ...LATIN1.map((n, i): [string, number] => [n, 160 + i]),
  ['amp', 38], ['lt', 60], ['gt', 62], ['quot', 34], ['apos', 39],
  ['OElig', 338], ['oelig', 339], ['Scaron', 352], ['scaron', 353], ['Yuml', 376], ['fnof', 402],
  ['circ', 710], ['tilde', 732], ['ensp', 8194], ['emsp', 8195], ['thinsp', 8201], ['zwnj', 8204],
  ['zwj', 8205], ['lrm', 8206], ['rlm', 8207], ['ndash', 8211], ['mdash', 8212], ['lsquo', 8216],
  ['rsquo', 8217], ['sbquo', 8218], ['ldquo', 8220], ['rdquo', 8221], ['bdquo', 8222], ['dagger', 8224],
  ['Dagger', 8225], ['bull', 8226], ['hellip', 8230], ['permil', 8240], ['prime', 8242], ['Prime', 8243],
  ['lsaquo', 8249], ['rsaquo', 8250], ['euro', 8364], ['trade', 8482], ['larr', 8592], ['rarr', 8594],
  ['minus', 8722], ['le', 8804], ['ge', 8805], ['ne', 8800], ['asymp', 8776], ['infin', 8734],
]);

function fromCodePoint(cp: number): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/**
 * Replaces character references (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`) in `text`. Unknown
 * names are left as written. Never expands anything recursively.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return fromCodePoint(cp);
    }
    const cp = NAMED_ENTITIES.get(body);
    if (cp === undefined) return whole;
    // Without the semicolon only the legacy (HTML 4 / Latin-1) names are references.
    if (!whole.endsWith(';') && !LEGACY.has(body)) return whole;
    return String.fromCodePoint(cp);
  });
}
