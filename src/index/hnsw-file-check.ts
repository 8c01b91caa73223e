/**
 * hnswlib reads a graph file without checking what it reads, and a damaged graph makes the native
 * search read out of bounds: a segfault, which no try/catch stops. So the whole file is checked here,
 * in JavaScript, before it reaches `readIndex`: the header against the expected size and dimensions,
 * the exact file length, and every link, label and vector the search will touch.
 *
 * Layout (hnswlib 0.8, as hnswlib-node 3 writes it, 64-bit little-endian): a 96-byte header; then per
 * element [level-0 link count (u16, flags u16), maxM0 neighbour ids (u32), vector (f32 × dims), label
 * (u64)]; then per element a u32 byte length and that many bytes of upper-level link lists, each
 * [count (u32), maxM neighbour ids (u32)].
 */

const HEADER_BYTES = 96;
const MAX_LEVEL = 64;
const MAX_LINKS = 4096;
/** Cosine space stores unit vectors; anything else was not written by hnswlib. */
const NORM_TOLERANCE = 0.01;

/** The first thing wrong with `bytes` as a cosine graph of `count` vectors of `dims`, or null. */
export function checkHnswFile(bytes: Buffer, dims: number, count: number): string | null {
  if (bytes.length < HEADER_BYTES) return `vector index is ${bytes.length} bytes, shorter than its header`;
  const u64 = (at: number) => {
    const v = bytes.readBigUInt64LE(at);
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(v);
  };
  const header = {
    offsetLevel0: u64(0),
    maxElements: u64(8),
    elements: u64(16),
    elementBytes: u64(24),
    labelOffset: u64(32),
    dataOffset: u64(40),
    maxLevel: bytes.readInt32LE(48),
    entryPoint: bytes.readUInt32LE(52),
    maxM: u64(56),
    maxM0: u64(64),
    m: u64(72),
    mult: bytes.readDoubleLE(80),
    efConstruction: u64(88),
  };
  const links0 = header.maxM0 * 4 + 4;
  const linksUpper = header.maxM * 4 + 4;
  if (header.elements !== count) return `vector index holds ${header.elements} vectors, expected ${count}`;
  if (header.maxElements < count || header.maxElements > Math.max(count, 1) * 2)
    return `vector index capacity ${header.maxElements} is not that of ${count} vectors`;
  if (header.offsetLevel0 !== 0) return "vector index header is damaged (level-0 offset)";
  if (
    header.maxM < 1 ||
    header.maxM > MAX_LINKS ||
    header.maxM0 < 1 ||
    header.maxM0 > MAX_LINKS ||
    header.m < 1 ||
    header.m > MAX_LINKS
  )
    return "vector index header is damaged (link counts)";
  if (!(header.mult > 0 && Number.isFinite(header.mult)) || header.efConstruction < 1)
    return "vector index header is damaged (build settings)";
  if (
    header.dataOffset !== links0 ||
    header.labelOffset !== links0 + dims * 4 ||
    header.elementBytes !== links0 + dims * 4 + 8
  ) {
    return `vector index does not hold vectors of ${dims} dimensions`;
  }
  if (count === 0) return bytes.length === HEADER_BYTES ? null : "vector index has bytes after an empty graph";
  if (header.maxLevel < 0 || header.maxLevel > MAX_LEVEL || header.entryPoint >= count)
    return "vector index header is damaged (entry point)";

  // Every offset below is a multiple of 4: read through 32-bit views of an aligned copy (hnswlib
  // writes in the machine's byte order, as typed arrays read).
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  const u32 = new Uint32Array(aligned.buffer, 0, bytes.length >>> 2);
  const f32 = new Float32Array(aligned.buffer, 0, bytes.length >>> 2);

  // Upper levels first: their sizes fix the file's length and each element's level.
  const levels = new Array<number>(count);
  const upper: { element: number; level: number; at: number }[] = [];
  let at = HEADER_BYTES + count * header.elementBytes;
  for (let i = 0; i < count; i++) {
    if (at + 4 > bytes.length) return "vector index is truncated";
    const size = u32[at >>> 2]!;
    at += 4;
    if (size % linksUpper !== 0 || size / linksUpper > header.maxLevel)
      return `vector index links of element ${i} are damaged`;
    levels[i] = size / linksUpper;
    for (let l = 1; l <= levels[i]!; l++) upper.push({ element: i, level: l, at: at + (l - 1) * linksUpper });
    at += size;
    if (at > bytes.length) return "vector index is truncated";
  }
  if (at !== bytes.length) return `vector index is ${bytes.length} bytes, expected ${at}`;
  if (levels[header.entryPoint] !== header.maxLevel) return "vector index entry point is damaged";

  for (const { element, level, at: list } of upper) {
    const n = u32[list >>> 2]!;
    if (n > header.maxM) return `vector index links of element ${element} are damaged`;
    for (let k = 1; k <= n; k++) {
      const neighbour = u32[(list >>> 2) + k]!;
      if (neighbour >= count || levels[neighbour]! < level)
        return `vector index links of element ${element} are damaged`;
    }
  }

  const labels = new Uint8Array(count);
  const words = header.elementBytes >>> 2;
  for (let i = 0; i < count; i++) {
    const base = (HEADER_BYTES >>> 2) + i * words;
    const head = u32[base]!;
    // Low 16 bits: the link count; the next byte is hnswlib's "deleted" flag, which we never set.
    if (head >>> 16 !== 0 || (head & 0xffff) > header.maxM0) return `vector index links of element ${i} are damaged`;
    for (let k = 1; k <= (head & 0xffff); k++)
      if (u32[base + k]! >= count) return `vector index links of element ${i} are damaged`;
    let norm = 0;
    const data = base + (header.dataOffset >>> 2);
    for (let d = 0; d < dims; d++) norm += f32[data + d]! * f32[data + d]!;
    // NaN and infinities make the sum non-finite.
    if (!Number.isFinite(norm) || (norm !== 0 && Math.abs(norm - 1) > NORM_TOLERANCE)) return `vector ${i} is damaged`;
    const label = u64(i * header.elementBytes + HEADER_BYTES + header.labelOffset);
    if (label < 0 || label >= count || labels[label]) return `vector index label of element ${i} is damaged`;
    labels[label] = 1;
  }
  return null;
}
