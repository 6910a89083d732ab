/**
 * A small element builder, so screens read as the structure they build. Attributes are set as
 * attributes (never innerHTML), which keeps story text from ever being parsed as markup.
 */
export type Child = Node | string | null | undefined | false;

type Listener = (event: Event) => void;
export type Props = Readonly<
  Record<string, string | number | boolean | null | undefined | Listener>
>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    } else if (key === 'style') {
      // Through the CSSOM, not the attribute: the Content-Security-Policy (index.html) refuses
      // style attributes, but not styles set from our own script.
      el.style.cssText = String(value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Text a screen reader reads but the eye does not see (e.g. a colon after a speaker's name). */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'sr-only' }, text);
}
