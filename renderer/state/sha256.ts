/** SHA-256 (hex) of a text's UTF-8 bytes, on the calling thread (the digest itself is native and asynchronous). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
