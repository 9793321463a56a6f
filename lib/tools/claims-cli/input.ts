/** Turning bytes into text the engine accepts, with clear errors for what it cannot read. */

/** Larger inputs are refused: no press release is this long, and the output would not be read. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {
  override name = "InputError";
}

/** Decodes UTF-8 (a BOM is dropped); refuses binary data, invalid UTF-8 and oversized input. */
export function decodeText(bytes: Uint8Array, name = "input"): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(`${name} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.`);
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError(`${name} looks binary (it has NUL bytes); give a UTF-8 text file.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8; convert it to UTF-8 text first.`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
