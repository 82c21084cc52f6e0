/**
 * Roving tabindex over a list of keys: one tab stop, arrows move. The order is
 * the list's (the map passes departments with members in number order).
 * Returns the key to focus for a key press, or undefined if the key is not ours.
 */
export function nextKey(keys: readonly string[], current: string | undefined, key: string) {
  if (!keys.length) return undefined;
  const index = current === undefined ? -1 : keys.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return keys[Math.min(index + 1, keys.length - 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return keys[Math.max(index - 1, 0)];
    case 'Home':
      return keys[0];
    case 'End':
      return keys[keys.length - 1];
    default:
      return undefined;
  }
}
