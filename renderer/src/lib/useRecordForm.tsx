// The plumbing every create/edit form page shares: load the record by id into the form,
// keep a draft, ask before leaving unsaved edits, save with the same success handling
// (draft cleared, form clean, workspace refreshed, "已保存", then the page's next place)
// and the same failure handling (the core's refusals at their fields). Done once here so
// there is one way to do each of these, and a page holds only its own fields and lookups.
import { type ReactElement, useCallback, useEffect, useEffectEvent, useState } from 'react';
import { type DefaultValues, type FieldValues, type Resolver, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../app/Notifier';
import { useWorkspace } from '../app/WorkspaceContext';
import { DraftBanner } from '../components/DraftBanner';
import { ErrorState, LoadingState } from '../components/States';
import { ApiCallError } from './api';
import { applyApiError } from './applyApiError';
import { useDraft } from './drafts';
import { useUnsavedGuard } from './useUnsavedGuard';

export interface RecordFormOptions<R, F extends FieldValues> {
  /** The record's id from the route; undefined for a new record (nothing is loaded). */
  id: string | undefined;
  /** Fetches the record to edit (called once per id). */
  get: (id: string) => Promise<R>;
  toForm: (record: R) => F;
  /** What a new record starts from, and what discarding a draft of a new record returns to. */
  empty?: () => F;
  resolver: Resolver<F>;
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
  savedMessage?: string;
  /** Puts a refused save on the form; by default at the fields the core names. */
  onSaveError?: (error: unknown, form: UseFormReturn<F>, values: F) => void;
}

export function useRecordForm<R, F extends FieldValues>(o: RecordFormOptions<R, F>) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [record, setRecord] = useState<R | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<F>({ defaultValues: o.empty?.() as DefaultValues<F> | undefined, resolver: o.resolver, mode: o.mode ?? 'onTouched' });
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

  const guard = useUnsavedGuard(form.formState.isDirty && !saving, draft.clear, draft.flush);

  const submit = form.handleSubmit(async (values) => {
    setSaving(true);
    try {
      const saved = await o.save(values);
      draft.clear();
      form.reset(o.toForm(saved));
      ws.changed();
      notify(o.savedMessage ?? t('common.saved'));
      o.onSaved(saved);
    } catch (e) {
      setSaving(false);
      if (o.onSaveError) o.onSaveError(e, form, values);
      else applyApiError(form, e, t, notifyError);
    }
  });

  const discardDraft = () => {
    draft.clear();
    form.reset(record ? o.toForm(record) : o.empty?.());
  };
  const banner = draft.restored ? <DraftBanner onDiscard={discardDraft} /> : null;
  // The page returns this in place of the form while it is non-null.
  const gate: ReactElement | null = loadError ? <ErrorState error={loadError.error} /> : !ready ? <LoadingState /> : null;

  return { form, record, ready, saving, setSaving, submit, guard, banner, gate, draft, loadFailed };
}
