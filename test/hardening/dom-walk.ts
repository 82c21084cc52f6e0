// Walks light DOM and every shadow root below it (recursively): what a host
// page's reader could meet, including markup our elements render.

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** The `href` of every link (HTML `<a>`/`<area>`, SVG `<a>`), resolved against the page. */
export function deepLinks(root: ParentNode): string[] {
  return deepElements(root)
    .filter((el) => /^(a|area)$/i.test(el.localName))
    .map((el) => el.getAttribute('href') ?? el.getAttribute('xlink:href'))
    .filter((href): href is string => href !== null)
    .map((href) => new URL(href, document.baseURI).href);
}

/** Elements or attributes that could run script or load a document. */
export function activeMarkup(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    if (/^(script|iframe|frame|object|embed|img|foreignobject|base|meta|link)$/i.test(el.localName))
      found.push(`<${el.localName}>`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr) || attr === 'srcdoc') found.push(`${el.localName}[${attr}]`);
    }
  }
  return found;
}
