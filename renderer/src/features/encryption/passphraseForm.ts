// What the passphrase dialog holds: the passphrase and the same again. It is checked with
// the contract's own rule (shared/workspace/schema.ts), plus "the two match" at the second field.
import { z } from 'zod';
import { passphraseInput } from '../../../../shared/workspace/schema';

export interface PassphraseForm {
  passphrase: string;
  repeat: string;
}

export const emptyPassphraseForm: PassphraseForm = { passphrase: '', repeat: '' };

export const passphraseFormSchema = passphraseInput
  .extend({ repeat: z.string() })
  .refine((f) => f.passphrase === f.repeat, { path: ['repeat'], message: 'passphraseMismatch' });

export const formToPassphraseInput = (f: PassphraseForm) => ({ passphrase: f.passphrase });
