// A text sink that collects what is written, for UI tests.
export function createSink() {
  const chunks: string[] = [];
  return {
    chunks,
    write(text: string) {
      chunks.push(text);
      return true;
    },
    get text() {
      return chunks.join('');
    },
  };
}
