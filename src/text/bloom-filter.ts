/**
 * A Bloom filter over strings: membership in a few bits a word, with a tunable rate of false
 * "present" answers and no false "absent" ones. Hashes are FNV-1a and a second multiplicative
 * hash, combined by double hashing.
 */
export class BloomFilter {
  private constructor(
    readonly bytes: Uint8Array,
    readonly bits: number,
    readonly hashes: number,
  ) {}

  /** Sized for `capacity` items at false-positive rate `rate`. */
  static forCapacity(capacity: number, rate: number): BloomFilter {
    const bits = Math.max(64, Math.ceil((-capacity * Math.log(rate)) / Math.LN2 ** 2));
    const hashes = Math.max(1, Math.round((bits / Math.max(1, capacity)) * Math.LN2));
    return new BloomFilter(new Uint8Array(Math.ceil(bits / 8)), bits, hashes);
  }

  static fromBytes(bytes: Uint8Array, bits: number, hashes: number): BloomFilter {
    if (bytes.length !== Math.ceil(bits / 8) || hashes < 1)
      throw new Error("Bloom filter data does not match its size");
    return new BloomFilter(bytes, bits, hashes);
  }

  private positions(value: string, visit: (bit: number) => boolean): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h2 |= 1;
    for (let k = 0; k < this.hashes; k++) {
      const bit = ((h1 + Math.imul(k, h2)) >>> 0) % this.bits;
      if (!visit(bit)) return false;
    }
    return true;
  }

  add(value: string): void {
    this.positions(value, (bit) => {
      this.bytes[bit >>> 3]! |= 1 << (bit & 7);
      return true;
    });
  }

  has(value: string): boolean {
    return this.positions(value, (bit) => (this.bytes[bit >>> 3]! & (1 << (bit & 7))) !== 0);
  }
}
