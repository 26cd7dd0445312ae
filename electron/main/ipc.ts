// One ipcMain handler per contract channel, each calling the core's invoke. Nothing
// generic: a channel that is not in the contract has no handler at all.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/channels';
import { isTrustedSender } from '../shell/security';
import { log } from '../core/logs/log';

type Invoke = (channel: unknown, input: unknown) => Promise<unknown>;

/** Only the app's own top-level page may call the core (not an iframe, not a page it navigated to). */
const trusted = (event: IpcMainInvokeEvent) => {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedSender(frame.url);
};

export function registerIpc(invoke: Invoke): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!trusted(event)) {
        log.warn('ipc.refused', { channel });
        throw new Error('Refused: the caller is not the app page.');
      }
      return invoke(channel, input);
    });
  }
}
