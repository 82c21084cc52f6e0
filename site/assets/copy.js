// Copy buttons (`data-copy="<id>"` of a <textarea> or <code>): the clipboard
// API where allowed, else the text is selected for Ctrl+C. The result is
// announced in the page's live region (.copy-status), in the page's language.
const status = document.querySelector('.copy-status');

async function copy(button) {
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  const text = 'value' in source ? source.value : source.textContent;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = status.dataset.copied;
  } catch {
    if ('select' in source) {
      source.focus();
      source.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(source);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
    status.textContent = status.dataset.refused;
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.hidden = false; // without JavaScript there is nothing to press: the code stays selectable
  button.addEventListener('click', () => {
    status.textContent = ''; // a second copy is announced again
    void copy(button);
  });
}
