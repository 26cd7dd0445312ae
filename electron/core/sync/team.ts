// A team: its identity and the key its packets are encrypted with. STUB until transport lands.

export interface Team {
  id: string;
  name: string;
  /** 32 bytes; never stored in the workspace file or a packet. */
  key: Uint8Array;
}
