import { createHash } from "node:crypto";

export const sha256Hex = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** A summary's id: the first 96 bits of the article bytes' sha256, so the same bytes always get the same id. */
export const summaryIdFor = (sha256: string) => sha256.slice(0, 24);
