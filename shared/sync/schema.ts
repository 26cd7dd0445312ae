// Team sync (Settings › 团队同步, the top bar's 同步, 合并审阅): the contract between the
// renderer and the core. Packets, places and the change log live in electron/core/sync/.
import { z } from 'zod';
import { requiredText, withTextRule } from '../validation';

/** A computer's or a person's name as colleagues see it in the colleagues panel and on cards. */
const displayName = requiredText(40);

export const syncIdentityInput = z
  .object({ computerName: displayName, userName: displayName })
  .strict();

/** A typed value that is not stored as a record's text: still held to the one text rule (no control or bidi characters). */
const ruled = (schema: z.ZodString) => withTextRule(schema, {});

/** Where colleagues exchange packets. The WebDAV password goes to the OS keystore, never to the workspace. */
export const syncPlaceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: ruled(z.string().min(1).max(1000)) }).strict(),
  z
    .object({
      kind: z.literal('webdav'),
      url: ruled(z.string().max(1000).url()).refine((u) => /^https?:\/\//i.test(u), { message: 'sync.urlScheme' }),
      username: ruled(z.string().max(200)),
      /** Absent: keep the password already stored. */
      password: ruled(z.string().max(500)).optional(),
    })
    .strict(),
]);

export const syncPlace = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: z.string() }),
  z.object({ kind: z.literal('webdav'), url: z.string(), username: z.string(), hasPassword: z.boolean() }),
]);

/** The team passphrase protects the team file/code that carries the team's identity and key. */
const teamPassphrase = ruled(z.string().min(8).max(200));

export const teamCreateInput = z.object({ teamName: displayName, passphrase: teamPassphrase }).strict();
/** Join with a code pasted as text, or a team file chosen in a native dialog (code absent). */
export const teamJoinInput = z
  .object({ code: withTextRule(z.string().max(20_000), { multiline: true }).optional(), passphrase: teamPassphrase })
  .strict();
export const teamExportInput = z.object({ passphrase: teamPassphrase }).strict();
/** The team code (text to paste) and, when the user saved one, the team file's path. */
export const teamInvitation = z.object({ code: z.string(), path: z.string().nullable() });

export const syncResultSummary = z.object({
  /** Changes received and applied from colleagues in this run. */
  received: z.number().int(),
  /** How many colleagues (computers) those came from. */
  fromColleagues: z.number().int(),
  sent: z.number().int(),
  /** Conflict cards now waiting for a person (all of them, not only new ones). */
  cards: z.number().int(),
  /** Packets that wait for a newer version of the program (请升级程序). */
  needsUpgrade: z.number().int(),
  /** Packets refused (another team's, truncated or tampered), by file name. */
  refused: z.array(z.object({ file: z.string(), reason: z.enum(['otherTeam', 'damaged', 'tampered']) })),
  /** Packets that wait for an earlier packet of a colleague (will be applied when it arrives). */
  waiting: z.number().int(),
});

export const syncStatus = z.object({
  /** This computer's id (random, made once per workspace copy) and the names set in Settings. */
  computerId: z.string().nullable(),
  computerName: z.string().nullable(),
  userName: z.string().nullable(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  place: syncPlace.nullable(),
  /** Changes made here and not yet sent: the number on the top bar's 同步 button. */
  pending: z.number().int(),
  openCards: z.number().int(),
  lastSync: z
    .object({ at: z.string(), ok: z.boolean(), summary: syncResultSummary.nullable(), error: z.string().nullable() })
    .nullable(),
  /** Minutes between automatic syncs while the place is reachable; 0 = only by hand. */
  autoMinutes: z.number().int(),
  /** The sync going on now (by hand or automatic), so every window shows its progress. */
  running: z.object({ jobId: z.string() }).nullable(),
});

export const syncAutoInput = z.object({ autoMinutes: z.number().int().min(0).max(240) }).strict();

const cardValue = z.object({
  /** The value as the user reads it (a company name rather than its id, 是/否, a date). */
  display: z.string().nullable(),
  /** Who changed it (user name and computer name) and when (ISO); null for the value both started from. */
  by: z.string().nullable(),
  computer: z.string().nullable(),
  at: z.string().nullable(),
});

/** What a person may choose on a card (syncResolveInput.choice). */
export const syncChoice = z.enum(['mine', 'theirs', 'value', 'restore', 'keepDeleted', 'keepMine', 'keepTheirs']);

export const syncCard = z.object({
  id: z.string(),
  /**
   * field: the same field changed on two computers; deleted: an edit met a deletion;
   * duplicate: the same company created on two computers.
   */
  kind: z.enum(['field', 'deleted', 'duplicate']),
  /** The table's entity kind (company, visit, contact…) and a title of the record for the user. */
  entity: z.string(),
  recordId: z.string(),
  recordTitle: z.string(),
  /** The field's column name (i18n under sync.field.<entity>.<field>); null for deleted/duplicate. */
  field: z.string().nullable(),
  before: cardValue.nullable(),
  mine: cardValue,
  theirs: z.array(cardValue),
  /** duplicate: the other company (id and title); the kept one takes its records. */
  other: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** Whether a typed value is allowed (text and number fields). */
  typeable: z.boolean(),
  /**
   * The choices this card offers: those of its kind that the data allows now (a follow-up whose
   * visit is gone for good cannot be restored; a company a placement names cannot be deleted for
   * good). The screen shows a button for each and no other.
   */
  choices: z.array(syncChoice),
  createdAt: z.string(),
});

export const syncResolveInput = z
  .object({
    id: ruled(z.string().max(200)),
    /** mine / theirs (index into theirs when several) / typed value; deleted: restore / keepDeleted; duplicate: keepMine / keepTheirs. */
    choice: syncChoice,
    theirsIndex: z.number().int().min(0).max(100).optional(),
    /** The typed value (choice 'value'): checked like any text the user types, shown under the field. */
    value: requiredText(10_000, { multiline: true }).optional(),
  })
  .strict();

export const colleague = z.object({
  computerId: z.string(),
  computerName: z.string(),
  userName: z.string(),
  /** The newest change received from that computer (its time there) and when we received it. */
  lastChangeAt: z.string().nullable(),
  lastReceivedAt: z.string().nullable(),
  /** Packets of that computer applied here. */
  packets: z.number().int(),
  isMe: z.boolean(),
});

export type SyncStatus = z.infer<typeof syncStatus>;
export type SyncCard = z.infer<typeof syncCard>;
export type SyncChoice = z.infer<typeof syncChoice>;
export type SyncResultSummary = z.infer<typeof syncResultSummary>;
export type SyncResolveInput = z.infer<typeof syncResolveInput>;
export type Colleague = z.infer<typeof colleague>;
export type SyncPlaceInput = z.infer<typeof syncPlaceInput>;
