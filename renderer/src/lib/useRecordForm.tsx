// The plumbing every page that creates or edits a stored record shares, on top of the one
// form pattern (useSchemaForm.ts: the channel's schema, one submit, refusals at the fields):
// load the record by id into the form, keep a draft, ask before leaving unsaved edits, and on
// a save clear the draft and leave the form clean before the page's next place. Done once here
// so a page holds only its own fields and lookups.
import { type ReactElement, useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { DraftBanner } from '../components/DraftBanner';
import { ErrorState, LoadingState } from '../components/States';
import { ApiCallError } from './api';
import { useDraft } from './drafts';
import type { IssueAt } from './formResolver';
import { useSchemaForm } from './useSchemaForm';
import { useUnsavedGuard } from './useUnsavedGuard';

export interface RecordFormOptions<R, F extends FieldValues> {
  /** The record's id from the route; undefined for a new record (nothing is loaded). */
  id: string | undefined;
  /** Fetches the record to edit (called once per id). */
  get: (id: string) => Promise<R>;
  toForm: (record: R) => F;
  /** What a new record starts from, and what discarding a draft of a new record returns to. */
  empty?: () => F;
  /** The channel's input schema, what the form holds → that input, and where its issues show (useSchemaForm). */
  schema: z.ZodType;
  toInput: (values: F) => unknown;
  issueAt?: IssueAt<F>;
  /** 'onTouched' unless the page has a reason to check only on save. */
  mode?: 'onTouched' | 'onSubmit';
  /** The key the draft is kept under, e.g. `trip:${id}` or 'trip:new'. */
  draft: string;
  /** The page's own lookups (regions, trips, a preset company…) have arrived. */
  ready?: boolean;
  /** Creates or updates; returns the stored record. */
  save: (values: F) => Promise<R>;
  /** Where to go once saved. */
  onSaved: (saved: R) => void;
  /** The notice after a save; 'common.saved' unless given. */
  savedMessage?: string | ((saved: R) => string);
  /** Told when a save is stopped by the form's own check. */
  onInvalid?: (errors: FieldErrors<F>) => void;
}

export function useRecordForm<R, F extends FieldValues>(o: RecordFormOptions<R, F>) {
  const [record, setRecord] = useState<R | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  // Set by a page that is done with the record another way (deleted it), so leaving is not asked about.
  const [saving, setSaving] = useState(false);
  const { form, submit, saving: submitting } = useSchemaForm<F, R>({
    schema: o.schema,
    toInput: o.toInput,
    issueAt: o.issueAt,
    defaultValues: o.empty?.() as F,
    mode: o.mode,
    save: o.save,
    savedMessage: o.savedMessage,
    onInvalid: o.onInvalid,
    toForm: o.toForm,
    // While the save is in flight the guard is off (`submitting`), so going on from here is not asked about.
    // (The draft, set up just below, exists by the time a save comes back.)
    onSaved: (saved) => {
      draft.clear();
      o.onSaved(saved);
    },
  });
  const ready = (o.id ? record !== null : true) && (o.ready ?? true);
  const draft = useDraft(o.draft, form, ready);

  /** Any lookup the page can't do without shows the same error state as the record's own. */
  const loadFailed = useCallback(
    (e: unknown) => setLoadError(e instanceof ApiCallError ? e : new ApiCallError({ code: 'INTERNAL', key: 'internal' })),
    [],
  );

  // Loaded once per id: get/toForm are read when it loads, so a new closure each render doesn't reload.
  const load = useEffectEvent((id: string) => {
    o.get(id).then((r) => {
      form.reset(o.toForm(r));
      setRecord(r);
    }, loadFailed);
  });
  useEffect(() => {
    if (o.id) load(o.id);
  }, [o.id]);

  const guard = useUnsavedGuard(form.formState.isDirty && !submitting && !saving, draft.clear, draft.flush);

  const discardDraft = () => {
    draft.clear();
    form.reset(record ? o.toForm(record) : o.empty?.());
  };
  const banner = draft.restored ? <DraftBanner onDiscard={discardDraft} /> : null;
  // The page returns this in place of the form while it is non-null.
  const gate: ReactElement | null = loadError ? <ErrorState error={loadError.error} /> : !ready ? <LoadingState /> : null;

  return { form, record, setRecord, ready, saving: submitting || saving, setSaving, submit, guard, banner, gate, draft, loadFailed };
}
