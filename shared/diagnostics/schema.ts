// Logs and diagnostics (Settings › 日志与诊断, 帮助 › 打开日志文件夹 / 导出诊断信息): the
// renderer's errors written to the log, the log folder opened, the diagnostics file saved.
import { z } from 'zod';

/** Caps on what a renderer may send: a stack is long, but not unbounded. */
export const REPORT_LIMITS = { message: 2000, stack: 8000, where: 300 } as const;

/** An error in the window (a render error, an uncaught one): its text is redacted before it is written. */
export const reportErrorInput = z
  .object({
    message: z.string().max(REPORT_LIMITS.message),
    stack: z.string().max(REPORT_LIMITS.stack).nullable().default(null),
    /** The route it happened on (`/companies/:id`), or "window" / "promise" for uncaught ones. */
    where: z.string().max(REPORT_LIMITS.where),
  })
  .strict();
export type ReportErrorInput = z.input<typeof reportErrorInput>;

/** The program's versions: for 关于, the error page's 复制错误信息 and the diagnostics file. */
export const versions = z.object({
  app: z.string(),
  electron: z.string().nullable(),
  chromium: z.string().nullable(),
  node: z.string(),
  os: z.string(),
});
export type Versions = z.infer<typeof versions>;

export const diagnosticsSaved = z.object({ path: z.string() }).nullable();
