/**
 * A growing list of 32-bit integers, for the scanner's one-number-per-message columns: half the
 * memory of a JavaScript array of small numbers, and less for the garbage collector to copy.
 */
export class IntList {
  private data = new Int32Array(1024);
  private length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The numbers pushed, as a view of the list's own memory. */
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
