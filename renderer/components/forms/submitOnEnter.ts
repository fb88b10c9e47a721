import type { KeyboardEvent } from 'react';

/**
 * A keydown handler that submits on Enter — on Ctrl/⌘+Enter with `withMod`, for a text area, where Enter is a
 * new line. Never while an input method is composing: Chinese input commits its candidate with Enter.
 */
export function submitOnEnter(submit: () => void, { withMod = false } = {}) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (withMod !== (e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    submit();
  };
}
