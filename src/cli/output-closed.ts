// A closed output pipe (`kiln build | head`): outside a build the process just exits; during a build it must
// not (containers and temp dirs would leak), so the build command asks to be told and cancels, cleaning up.
// The entry point and the commands are bundled separately, so the listener lives on a global symbol that both
// copies of this module see.

const key = Symbol.for('kiln.outputClosedListener');
type Holder = { [key]?: (() => void) | undefined };
const holder = globalThis as Holder;

/** Makes `fn` the reaction to a closed stdout or stderr until the returned function is called. */
export function onOutputClosed(fn: () => void): () => void {
  holder[key] = fn;
  return () => {
    if (holder[key] === fn) holder[key] = undefined;
  };
}

/** Called by the entry point on EPIPE; false when nobody asked, and the process should exit. */
export function notifyOutputClosed(): boolean {
  const listener = holder[key];
  if (listener === undefined) return false;
  listener();
  return true;
}
