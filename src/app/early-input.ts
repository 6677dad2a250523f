// What a user does to the build's markup of the first view before the app has taken it over: the
// page is painted at once, but its buttons and fields do nothing until React has hydrated them, so
// a presenter's first click on "PNG" or a planner's first filter would be lost. Each such act is
// held (the button clicked shows it is busy) and done again once the app has hydrated the page: the
// buttons are clicked first, in order, on the page as the user saw it when clicking them (nothing
// typed or chosen had changed it yet), then each field is set to what the user typed or chose.

type Held =
  | { kind: 'click'; element: HTMLButtonElement }
  | { kind: 'value'; element: HTMLInputElement | HTMLSelectElement; value: string }
  | { kind: 'checked'; element: HTMLInputElement; checked: boolean };

let held: Held[] = [];
let root: HTMLElement | null = null;

const CHECKABLE = new Set(['checkbox', 'radio']);

function onClick(event: Event): void {
  const button = (event.target as Element | null)?.closest('button');
  if (!button || !root?.contains(button) || button.disabled) return;
  held.push({ kind: 'click', element: button });
  button.setAttribute('aria-busy', 'true');
}

function onField(event: Event): void {
  const element = event.target;
  if (element instanceof HTMLInputElement && CHECKABLE.has(element.type)) {
    if (event.type === 'change') held.push({ kind: 'checked', element, checked: element.checked });
  } else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
    // the last value a field was given is the one that counts
    held = held.filter((act) => act.element !== element);
    held.push({ kind: 'value', element, value: element.value });
  }
}

/** Starts holding what the user does inside `page` (the root the app will hydrate). */
export function holdEarlyInput(page: HTMLElement): void {
  root = page;
  page.addEventListener('click', onClick, true);
  page.addEventListener('input', onField, true);
  page.addEventListener('change', onField, true);
}

/** React keeps its own record of a field's value: set it to the value the app holds, then the user's, so the change is seen. */
function setAsTyped(element: HTMLInputElement | HTMLSelectElement, value: string): void {
  const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (element instanceof HTMLInputElement) element.value = element.defaultValue;
  setValue?.call(element, value);
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/**
 * Stops holding, and does again what was held: call once the app has hydrated the page. The acts are done
 * in a task of their own, after React has finished the work it was in (hydrating the parts of the page it left for later).
 */
export function replayEarlyInput(): void {
  if (!root) return;
  root.removeEventListener('click', onClick, true);
  root.removeEventListener('input', onField, true);
  root.removeEventListener('change', onField, true);
  root = null;
  const acts = held;
  held = [];
  if (acts.length > 0) setTimeout(() => replay(acts), 0);
}

function replay(acts: readonly Held[]): void {
  for (const act of [...acts.filter((a) => a.kind === 'click'), ...acts.filter((a) => a.kind !== 'click')]) {
    if (!act.element.isConnected) continue;
    if (act.kind === 'click') {
      act.element.removeAttribute('aria-busy');
      act.element.click();
    } else if (act.kind === 'value') setAsTyped(act.element, act.value);
    else {
      // back to what the app holds, then the user's click again, which the app sees as the change
      act.element.checked = !act.checked;
      act.element.click();
    }
  }
}
