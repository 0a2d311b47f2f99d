// Tells the user's own input from a page's synthetic events, for UI that lives on pages it does not own (the
// extension's player and reader view). `isTrusted` alone is not enough: a script's `checkbox.click()` is an
// untrusted click, but the `input` and `change` it causes are fired by the browser, hence trusted.

/**
 * Watches `root` for synthetic clicks and returns the test every listener applies: trusted, and not caused by
 * a synthetic click in the same task (the browser fires the consequences synchronously inside click()).
 */
export function createInputGate(root: EventTarget): (e: Event) => boolean {
  let syntheticClick = false;
  root.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted) return;
      syntheticClick = true;
      setTimeout(() => {
        syntheticClick = false;
      }, 0);
    },
    true,
  );
  return (e) => e.isTrusted && !syntheticClick;
}
