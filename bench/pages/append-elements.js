// One element per code of `window.benchCodes` (injected by the runner), each
// with `city` set, appended to <body> while the page is parsed: the tag is the
// script's `data-tag` (the badge, or the bare LitElement of lit's floor).
const tag = document.currentScript.dataset.tag;
for (const code of window.benchCodes) {
  const element = document.createElement(tag);
  element.setAttribute('city', code);
  document.body.append(element);
}
