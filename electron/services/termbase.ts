/** Reading a termbase file for the app (the `readTermbase` call): strict decoding, then the shared parser. */
import { fail, MAX_TERMBASE_BYTES, type OpenedTermbase, type Result } from '../../shared/api';
import { parseTermbase } from '../../shared/termbase';
import { decodeText } from './import/decode';

export function readTermbaseBytes(name: string, bytes: Uint8Array): Result<OpenedTermbase> {
  if (bytes.byteLength > MAX_TERMBASE_BYTES) return fail('too-large', 'termbase.errors.too-large', `${name}: the termbase is too large`, { name });
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) {
    // (said as any file that does not decode is: `“x.tbx” is not a text file.`, in the interface language)
    return fail(decoded.code, decoded.messageKey, decoded.message, decoded.params);
  }
  const parsed = parseTermbase(decoded.text, name);
  if (!parsed.ok) return fail(parsed.error.code, parsed.error.messageKey, parsed.error.message, parsed.error.params);
  return { ok: true, value: { termbase: parsed.termbase, entries: parsed.termbase.entries.length } };
}
