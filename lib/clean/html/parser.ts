// Tag events from htmlparser2's tokenizer, with the open-element stack kept here. htmlparser2's own
// Parser keeps that stack as an array it shifts and unshifts at the front, so every tag costs time in
// proportion to the nesting depth: 100,000 nested <div>s took seconds. Here the stack grows at the
// end, and a count per tag name answers "is one open?" at once, so an end tag pops (each element
// once) only when it closes something. The HTML rules kept are htmlparser2's: tags that close an
// open <p>, <li>, <td>…, void elements, a stray </p> or </br>, self-closing tags inside SVG/MathML.
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

export interface TagHandler {
  onopentag(name: string, attrs: Record<string, string>): void;
  ontext(text: string): void;
  /** Called exactly once for every opened element, void elements included, innermost first. */
  onclosetag(name: string): void;
}

const P = new Set(["p"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const FORM_CONTROLS = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const TABLE_SECTIONS = new Set(["thead", "tbody"]);
const DD_DT = new Set(["dd", "dt"]);
const RT_RP = new Set(["rt", "rp"]);

// Opening the key tag closes an open element of these names at the top of the stack.
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", P],
  ...["h1", "h2", "h3", "h4", "h5", "h6"].map((h): [string, Set<string>] => [h, HEADINGS]),
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t): [string, Set<string>] => [t, FORM_CONTROLS]),
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ...["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map(
    (t): [string, Set<string>] => [t, P],
  ),
  ["rt", RT_RP],
  ["rp", RT_RP],
  ["tbody", TABLE_SECTIONS],
  ["tfoot", TABLE_SECTIONS],
]);

const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const FOREIGN = new Set(["svg", "math"]);

/** Parse `html` and report its tags and text to `handler`, in time linear in the input. */
export function parseTags(html: string, handler: TagHandler): void {
  // The open elements, run-length encoded: 100,000 nested <div>s are one entry with a count of 100,000.
  const names: string[] = [];
  const runs: number[] = [];
  const open = new Map<string, number>();
  const top = () => names[names.length - 1];
  let foreign = 0; // open <svg>/<math> elements: inside them `<x/>` closes itself
  let tagName = "";
  let attrs: Record<string, string> | null = null;
  let attrName = "";
  let attrValue = "";

  const push = (name: string) => {
    if (top() === name) runs[runs.length - 1]!++;
    else {
      names.push(name);
      runs.push(1);
    }
    open.set(name, (open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
  };
  const pop = () => {
    const name = names[names.length - 1]!;
    if (--runs[runs.length - 1]! === 0) {
      names.pop();
      runs.pop();
    }
    open.set(name, open.get(name)! - 1);
    if (FOREIGN.has(name)) foreign--;
    handler.onclosetag(name);
  };
  const openTag = (name: string) => {
    tagName = name;
    // A <form> inside a form is ignored, as browsers do.
    if (name === "form" && open.get("form")) {
      tagName = "";
      attrs = null;
      return;
    }
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (names.length && closes.has(top()!)) pop();
    if (!VOID.has(name)) push(name);
    attrs = {};
  };
  const endOpenTag = () => {
    if (attrs) handler.onopentag(tagName, attrs);
    attrs = null;
    if (VOID.has(tagName)) handler.onclosetag(tagName);
    tagName = "";
  };

  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => handler.ontext(html.slice(start, end)),
    ontextentity: (cp) => handler.ontext(String.fromCodePoint(cp)),
    onopentagname: (start, end) => {
      const name = html.slice(start, end).toLowerCase();
      openTag(name === "image" && foreign === 0 ? "img" : name);
    },
    onattribname: (start, end) => {
      attrName = html.slice(start, end).toLowerCase();
    },
    onattribdata: (start, end) => {
      attrValue += html.slice(start, end);
    },
    onattribentity: (cp) => {
      attrValue += String.fromCodePoint(cp);
    },
    onattribend: () => {
      if (attrs && !Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue;
      attrValue = "";
    },
    onopentagend: () => endOpenTag(),
    onselfclosingtag: () => {
      const name = tagName;
      endOpenTag();
      if (foreign > 0 && top() === name) pop();
    },
    onclosetag: (start, end) => {
      const name = html.slice(start, end).toLowerCase();
      if (VOID.has(name)) {
        if (name === "br") {
          handler.onopentag("br", {});
          handler.onclosetag("br");
        }
        return;
      }
      if (open.get(name)) {
        while (top() !== name) pop();
        pop();
      } else if (name === "p") {
        // A stray </p> stands for an empty paragraph.
        handler.onopentag("p", {});
        handler.onclosetag("p");
      }
    },
    oncdata: (start, end, offset) => {
      if (foreign > 0) handler.ontext(html.slice(start, end - offset));
    },
    oncomment: () => {},
    ondeclaration: () => {},
    onprocessinginstruction: () => {},
    onend: () => {
      while (names.length) pop();
    },
    isInForeignContext: () => foreign > 0,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
