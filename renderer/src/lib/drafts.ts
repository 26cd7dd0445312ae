// Form drafts: every edit is kept in localStorage as the user types, so closing the
// window or leaving the page mid-edit loses nothing. A draft is cleared on save or
// when the user discards it.
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useWorkspace } from '../app/WorkspaceContext';

const PREFIX = 'draft:';

export const draftStore = {
  read<T>(key: string): T | null {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as { values: T }).values : null;
    } catch {
      return null;
    }
  },
  write(key: string, values: unknown) {
    localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
  },
  clear(key: string) {
    localStorage.removeItem(PREFIX + key);
  },
};

/**
 * Restores a draft into the form once its starting values are known, then keeps
 * saving it while the form is dirty. Returns whether a draft was restored.
 */
export function useDraft<F extends FieldValues>(name: string, form: UseFormReturn<F>, ready: boolean) {
  const { info } = useWorkspace();
  // Drafts belong to one workspace file.
  const key = `${info?.path ?? ''}|${name}`;
  const [restored, setRestored] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    const draft = draftStore.read<F>(key);
    if (draft) {
      // reset (not setValue per field) so field arrays (contacts, follow-ups, targets,
      // employers) draw the restored rows; keeping the defaults keeps the form dirty.
      form.reset({ ...form.getValues(), ...draft }, { keepDefaultValues: true });
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft comes from localStorage (outside React) once the form has its record; the banner's flag goes with the values it put in the form
      setRestored(true);
    }
  }, [ready, key, form]);

  useEffect(() => {
    if (!ready) return;
    let timer: number | undefined;
    const sub = form.watch((values) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (form.formState.isDirty) draftStore.write(key, values);
      }, 250);
    });
    return () => {
      window.clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [ready, key, form]);

  return {
    restored,
    /** Forget the draft (after saving, or when the user discards it). */
    clear: () => {
      draftStore.clear(key);
      setRestored(false);
    },
    /** Write the current values now (before leaving the page). */
    flush: () => draftStore.write(key, form.getValues()),
  };
}
