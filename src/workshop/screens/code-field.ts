/**
 * The join-code input both the facilitator's set-up and a phone's join screen show: typed in any case,
 * with or without the dash, checked before anything is sent, and an error said next to the field.
 */
import { h } from '../../ui/dom.ts';
import { CODE_LENGTH, isCode, normalizeCode } from '../../rooms/index.ts';

export interface CodeField {
  readonly input: HTMLInputElement;
  /** Where a problem with the code is said (aria-describedby of the input). */
  readonly error: HTMLElement;
  /** The normalized code, or null after saying `invalid` next to the field and focusing it. */
  read(invalid: string): string | null;
  /** Says a problem that came later (the room refused the code). */
  fail(message: string): void;
}

export function codeField(id: string, initial = ''): CodeField {
  const errorId = `${id}-error`;
  const input = h('input', {
    id,
    type: 'text',
    inputmode: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    value: initial,
    'aria-describedby': errorId,
  });
  input.placeholder = 'ABC-123'.slice(0, CODE_LENGTH + 1);
  const error = h('p', { class: 'field-error', id: errorId, role: 'alert' });
  const fail = (message: string): void => {
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  return {
    input,
    error,
    fail,
    read(invalid) {
      const code = normalizeCode(input.value);
      if (!isCode(code)) {
        fail(invalid);
        return null;
      }
      input.removeAttribute('aria-invalid');
      error.textContent = '';
      return code;
    },
  };
}
