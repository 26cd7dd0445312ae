// A synchronous call from the core's thread to its host, for the one seam that must stay
// synchronous: the OS keystore's wrap/unwrap, which the keyring calls in the middle of
// opening a file. The core posts the request on its own port and sleeps on a shared flag
// (Atomics.wait) until the host has answered and raised it; then it takes the answer off the
// port with receiveMessageOnPort. Only the core's thread waits, never the host's, and only
// while the host runs one keystore call (a few milliseconds, on opening or re-keying).
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';

type Reply = { ok: true; value: unknown } | { ok: false; message: string };

const WAIT_MS = 30_000;

/** The core's side: call `method(arg)` on the host and wait for its answer. */
export function syncCaller(port: MessagePort, signal: SharedArrayBuffer) {
  const flag = new Int32Array(signal);
  return (method: string, arg: unknown): unknown => {
    Atomics.store(flag, 0, 0);
    port.postMessage({ method, arg });
    if (Atomics.wait(flag, 0, 0, WAIT_MS) === 'timed-out') throw new Error(`the host did not answer ${method} within ${WAIT_MS} ms`);
    const reply = receiveMessageOnPort(port)?.message as Reply | undefined;
    if (!reply) throw new Error(`the host raised the flag without answering ${method}`);
    if (!reply.ok) throw new Error(reply.message);
    return reply.value;
  };
}

/** The host's side: answer each call with `answer(method, arg)`, then wake the core. */
export function answerSyncCalls(port: MessagePort, signal: SharedArrayBuffer, answer: (method: string, arg: unknown) => unknown): void {
  const flag = new Int32Array(signal);
  port.on('message', ({ method, arg }: { method: string; arg: unknown }) => {
    let reply: Reply;
    try {
      reply = { ok: true, value: answer(method, arg) };
    } catch (e) {
      reply = { ok: false, message: (e as Error).message };
    }
    port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  // The core's thread may end while this port still listens: do not keep the host alive for it.
  port.unref();
}
