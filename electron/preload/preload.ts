// Runs sandboxed, before the renderer. Exposes exactly the contract's channels as
// window.api.<area>.<verb>(input); nothing generic like ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/channels';

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
