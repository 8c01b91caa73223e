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

/** The graph file's header, as hnswlib wrote it (u64 fields beyond 2^53 read as -1). */
interface Header {
  offsetLevel0: number;
  maxElements: number;
  elements: number;
  elementBytes: number;
  labelOffset: number;
  dataOffset: number;
  maxLevel: number;
  entryPoint: number;
  maxM: number;
  maxM0: number;
  m: number;
  mult: number;
  efConstruction: number;
}

/** The file's bytes, with 32-bit views of an aligned copy: every offset past the header is a multiple of 4. */
interface Graph {
  bytes: Buffer;
  header: Header;
  u32: Uint32Array;
  f32: Float32Array;
  dims: number;
  count: number;
}

/** Upper-level link lists: each element's level, and where each of its lists starts. */
interface UpperLevels {
  levels: number[];
  lists: { element: number; level: number; at: number }[];
}

function u64At(bytes: Buffer, at: number): number {
  const v = bytes.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(v);
}

function readHeader(bytes: Buffer): Header {
  const u64 = (at: number) => u64At(bytes, at);
  return {
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
}

/** What is wrong with the header as that of `count` vectors of `dims`, or null. */
function headerProblem(header: Header, dims: number, count: number): string | null {
  const links0 = header.maxM0 * 4 + 4;
  if (header.elements !== count) return `vector index holds ${header.elements} vectors, expected ${count}`;
  if (header.maxElements < count || header.maxElements > Math.max(count, 1) * 2)
    return `vector index capacity ${header.maxElements} is not that of ${count} vectors`;
  if (header.offsetLevel0 !== 0) return "vector index header is damaged (level-0 offset)";
  const linkCount = (n: number) => n >= 1 && n <= MAX_LINKS;
  if (!linkCount(header.maxM) || !linkCount(header.maxM0) || !linkCount(header.m))
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
  return null;
}

/** Reads the upper levels' sizes, which fix the file's length and each element's level; a problem as a string. */
function readUpperLevels(graph: Graph): UpperLevels | string {
  const { bytes, header, u32, count } = graph;
  const linksUpper = header.maxM * 4 + 4;
  const levels = new Array<number>(count);
  const lists: UpperLevels["lists"] = [];
  let at = HEADER_BYTES + count * header.elementBytes;
  for (let i = 0; i < count; i++) {
    if (at + 4 > bytes.length) return "vector index is truncated";
    const size = u32[at >>> 2]!;
    at += 4;
    if (size % linksUpper !== 0 || size / linksUpper > header.maxLevel)
      return `vector index links of element ${i} are damaged`;
    levels[i] = size / linksUpper;
    for (let l = 1; l <= levels[i]!; l++) lists.push({ element: i, level: l, at: at + (l - 1) * linksUpper });
    at += size;
    if (at > bytes.length) return "vector index is truncated";
  }
  if (at !== bytes.length) return `vector index is ${bytes.length} bytes, expected ${at}`;
  if (levels[header.entryPoint] !== header.maxLevel) return "vector index entry point is damaged";
  return { levels, lists };
}

/** Every upper-level link points at an element that reaches that level; else the first problem. */
function upperLinksProblem(graph: Graph, upper: UpperLevels): string | null {
  const { header, u32, count } = graph;
  for (const { element, level, at: list } of upper.lists) {
    const n = u32[list >>> 2]!;
    if (n > header.maxM) return `vector index links of element ${element} are damaged`;
    for (let k = 1; k <= n; k++) {
      const neighbour = u32[(list >>> 2) + k]!;
      if (neighbour >= count || upper.levels[neighbour]! < level)
        return `vector index links of element ${element} are damaged`;
    }
  }
  return null;
}

/** Every element's level-0 links, vector (unit length, finite) and label (in range, unique); else the first problem. */
function elementsProblem(graph: Graph): string | null {
  const { bytes, header, u32, f32, dims, count } = graph;
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
    const label = u64At(bytes, i * header.elementBytes + HEADER_BYTES + header.labelOffset);
    if (label < 0 || label >= count || labels[label]) return `vector index label of element ${i} is damaged`;
    labels[label] = 1;
  }
  return null;
}

/** The first thing wrong with `bytes` as a cosine graph of `count` vectors of `dims`, or null. */
export function checkHnswFile(bytes: Buffer, dims: number, count: number): string | null {
  if (bytes.length < HEADER_BYTES) return `vector index is ${bytes.length} bytes, shorter than its header`;
  const header = readHeader(bytes);
  const problem = headerProblem(header, dims, count);
  if (problem) return problem;
  if (count === 0) return bytes.length === HEADER_BYTES ? null : "vector index has bytes after an empty graph";
  if (header.maxLevel < 0 || header.maxLevel > MAX_LEVEL || header.entryPoint >= count)
    return "vector index header is damaged (entry point)";
  // Read through 32-bit views of an aligned copy (hnswlib writes in the machine's byte order, as typed arrays read).
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  const graph: Graph = {
    bytes,
    header,
    u32: new Uint32Array(aligned.buffer, 0, bytes.length >>> 2),
    f32: new Float32Array(aligned.buffer, 0, bytes.length >>> 2),
    dims,
    count,
  };
  const upper = readUpperLevels(graph);
  if (typeof upper === "string") return upper;
  return upperLinksProblem(graph, upper) ?? elementsProblem(graph);
}
