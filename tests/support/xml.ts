/**
 * A strict reader for the XML the portal writes (feeds, sitemap): the XML declaration,
 * elements, attributes in quotes, text and the five named and numeric character references.
 * Anything else — an unclosed or crossed element, a bare `&` or `<`, a second root — throws,
 * so "parses" means "well-formed" for these documents. No DTDs, comments or CDATA: the
 * portal writes none.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), with references resolved. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(raw: string, at: number): string {
  if (raw.includes('<')) throw new Error(`a bare < near ${at}`);
  return raw.replace(/&([^;\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`a bare & near ${at}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const code = /^#x([0-9a-f]+)$/i.exec(ref)?.[1] ?? /^#(\d+)$/.exec(ref)?.[1];
    if (code === undefined) throw new Error(`unknown reference &${ref}; near ${at}`);
    return String.fromCodePoint(parseInt(code, ref.startsWith('#x') || ref.startsWith('#X') ? 16 : 10));
  });
}

/** The document's root element; throws when the text is not well-formed XML. */
export function parseXml(xml: string): XmlElement {
  let at = 0;
  const declaration = /^<\?xml\s[^?]*\?>\s*/.exec(xml);
  if (declaration) at = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < xml.length) {
    if (xml[at] !== '<') {
      const end = xml.indexOf('<', at);
      const raw = xml.slice(at, end === -1 ? xml.length : end);
      const parent = stack.at(-1);
      if (!parent) {
        if (raw.trim()) throw new Error(`text outside the root element near ${at}`);
      } else parent.text += unescape(raw, at);
      at = end === -1 ? xml.length : end;
      continue;
    }
    if (xml.startsWith('</', at)) {
      const match = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(at));
      const open = stack.pop();
      if (!match || !open || open.name !== match[1]) throw new Error(`a crossed or stray end tag near ${at}`);
      at += match[0].length;
      continue;
    }
    const name = NAME.exec(xml.slice(at + 1))?.[0];
    if (!name) throw new Error(`a bare < near ${at}`);
    at += 1 + name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const attribute = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(at));
      if (!attribute) break;
      if (attribute[1]! in element.attributes) throw new Error(`attribute ${attribute[1]} twice near ${at}`);
      element.attributes[attribute[1]!] = unescape(attribute[3] ?? attribute[4] ?? '', at);
      at += attribute[0].length;
    }
    const close = /^\s*(\/?)>/.exec(xml.slice(at));
    if (!close) throw new Error(`an unfinished tag <${name} near ${at}`);
    at += close[0].length;
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) throw new Error(`a second root element near ${at}`);
    else root = element;
    if (!close[1]) stack.push(element);
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The children of an element with this name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

/** The text of the first child with this name ('' when there is none). */
export const childText = (element: XmlElement, name: string): string =>
  childrenNamed(element, name)[0]?.text.trim() ?? '';
