// The one way a form is made, on a page, in a dialog or in a settings section:
// react-hook-form, checked before sending with the channel's own zod schema from shared/
// (formResolver.ts: the same message keys as the core's, so a rule reads the same whichever
// side catches it), and saved through one submit that refreshes the workspace, says so, and
// puts the core's refusals at their fields or, without a field, in the snackbar
// (applyApiError.ts). Pages that edit a stored record add loading, drafts and the unsaved
// guard on top of it (useRecordForm.tsx).
import { type DefaultValues, type FieldErrors, type FieldValues, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useNotifier } from '../app/Notifier';
import { useWorkspace } from '../app/WorkspaceContext';
import { applyApiError } from './applyApiError';
import { type IssueAt, schemaResolver } from './formResolver';

export interface SchemaFormOptions<F extends FieldValues, R> {
  /** The channel's input schema (shared/): the form is checked with it before it is sent. */
  schema: z.ZodType;
  /** What the form holds → the channel's input (numbers typed as text, '' for "not set"); the values as they are by default. */
  toInput?: (values: F) => unknown;
  /** Where an issue of the input, the schema's or the core's, shows in the form when the two differ in shape. */
  issueAt?: IssueAt<F>;
  defaultValues: F;
  /** 'onTouched' unless the form has a reason to check only on save. */
  mode?: 'onTouched' | 'onSubmit';
  /** Sends the form; returns what was stored. */
  save: (values: F) => Promise<R>;
  /** What was stored → the form, which then holds it, clean (a form that stays open after saving). */
  toForm?: (saved: R) => F;
  /** After a save, once the workspace is refreshed and the notice shown: close the dialog, go on… */
  onSaved?: (saved: R, values: F) => void;
  /** The notice after a save: 'common.saved' unless given; null for none. */
  savedMessage?: string | ((saved: R) => string) | null;
  /** A refusal the form words itself returns true; any other goes to its fields or the snackbar. */
  onRefused?: (error: unknown, form: UseFormReturn<F>) => boolean;
  /** Told when a save is stopped by the form's own check (e.g. to count the problems). */
  onInvalid?: (errors: FieldErrors<F>) => void;
}

export interface SchemaForm<F extends FieldValues> {
  form: UseFormReturn<F>;
  /** The form's onSubmit (or a save button's onClick). */
  submit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  /** A save is on its way. */
  saving: boolean;
  errors: FieldErrors<F>;
}

export function useSchemaForm<F extends FieldValues, R = unknown>(o: SchemaFormOptions<F, R>): SchemaForm<F> {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  // Built each render, like submit below, so both always see this render's options.
  const form = useForm<F>({
    defaultValues: o.defaultValues as DefaultValues<F>,
    resolver: schemaResolver(o.schema, o.toInput ?? ((values: F) => values), t, o.issueAt),
    mode: o.mode ?? 'onTouched',
  });

  const submit = form.handleSubmit(
    async (values) => {
      try {
        const saved = await o.save(values);
        if (o.toForm) form.reset(o.toForm(saved));
        ws.changed();
        const message = o.savedMessage === undefined ? t('common.saved') : typeof o.savedMessage === 'function' ? o.savedMessage(saved) : o.savedMessage;
        if (message !== null) notify(message);
        o.onSaved?.(saved, values);
      } catch (e) {
        if (!o.onRefused?.(e, form)) applyApiError(form, e, t, notifyError, o.issueAt);
      }
    },
    (errors) => o.onInvalid?.(errors),
  );

  return { form, submit, saving: form.formState.isSubmitting, errors: form.formState.errors };
}
