/** Whether `to` can be reached from any of `from` by following `next` (zero or more steps). */
export function reaches(next: (id: string) => readonly string[], from: readonly string[], to: string): boolean {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...next(id));
  }
  return false;
}
