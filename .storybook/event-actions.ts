// Logs the elements' events in the Actions panel, so a reviewer sees what an app would receive
// (`dvc-procedure-select` with its procedure, `dvc-rating-submitted` with the stored rating…).
import type { Decorator } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';

/**
 * A decorator that listens on the story's root for `names` (the events of `custom-elements.json`;
 * they bubble and are composed, so they reach it from any shadow root) and logs each `detail`.
 */
export function logEvents(names: readonly string[]): Decorator {
  return (story, { canvasElement }) => {
    const root = canvasElement as HTMLElement & { dvcEventsLogged?: boolean };
    // Once per canvas: the decorator runs at every re-render, the listeners stay for the page.
    if (!root.dvcEventsLogged) {
      root.dvcEventsLogged = true;
      for (const name of names) {
        const log = action(name);
        root.addEventListener(name, (event) => log((event as CustomEvent).detail));
      }
    }
    return story();
  };
}
