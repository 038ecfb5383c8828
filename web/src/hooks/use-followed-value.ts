import { useEffect, useRef } from 'react';

/**
 * A field typed into or chosen in freely (uncontrolled) that still follows a value from the address: a filter
 * taken away elsewhere empties it, and Back shows the words of the search it goes back to. It is
 * updated in place rather than remounted (`key`), which took the focus from someone who had just
 * pressed Enter in it. While it has the focus, it keeps what was typed in it that differs from
 * what the address said before (a place the search did not know, to correct).
 */
export function useFollowedValue<T extends HTMLInputElement | HTMLSelectElement>(value: string) {
  const ref = useRef<T>(null);
  const followed = useRef(value);
  useEffect(() => {
    const field = ref.current;
    const typedSince = field === document.activeElement && field?.value !== followed.current;
    if (field && !typedSince && field.value !== value) field.value = value;
    followed.current = value;
  }, [value]);
  return ref;
}
