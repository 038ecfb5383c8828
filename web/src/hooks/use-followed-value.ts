import { useEffect, useRef } from 'react';

/**
 * A field typed into freely (uncontrolled) that still follows a value from the address: a filter
 * taken away elsewhere empties it. It is updated in place rather than remounted (`key`), which
 * took the focus from someone who had just pressed Enter in it; while it has the focus it keeps
 * what is typed in it (a place the search did not know, to correct).
 */
export function useFollowedValue<T extends HTMLInputElement>(value: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const field = ref.current;
    if (field && field !== document.activeElement && field.value !== value) field.value = value;
  }, [value]);
  return ref;
}
