// Display choices for this tablet: high contrast for glare. Remembered in localStorage and set
// on <html> (app.html applies it before the first paint).
const KEY = 'heard.contrast';

export class Display {
  #high = $state(read());

  get highContrast(): boolean {
    return this.#high;
  }

  /** Turns high contrast on or off; false when the choice could not be remembered. */
  setHighContrast(on: boolean): boolean {
    this.#high = on;
    document.documentElement.dataset.contrast = on ? 'high' : 'normal';
    try {
      localStorage.setItem(KEY, on ? 'high' : 'normal');
      return true;
    } catch {
      return false;
    }
  }
}

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'high';
  } catch {
    return false;
  }
}

export const display = new Display();
