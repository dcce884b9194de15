/**
 * Objects kept for the life of the program, so that the JavaScript engine keeps their shapes.
 *
 * V8 reaches the hidden class ("map") of an object whose fields a constructor assigns through
 * transitions it holds only weakly. When the last object of such a class dies, a full garbage
 * collection drops the map and throws away all optimised code compiled for it, so the next
 * 100,000-row read runs unoptimised for much of its length: measured, the read after a full
 * collection took 30 to 40% longer than the read before it (`bench/stages.ts`). One small
 * instance of each hot class, kept here, keeps the maps alive and the optimised code valid.
 */

const kept: object[] = [];

/** Keeps `instance` alive for the life of the program, and returns it. */
export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
