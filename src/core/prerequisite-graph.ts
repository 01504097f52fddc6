// Course prerequisites form a chain that must end somewhere: a course can never require itself, directly or through others.

export type PrerequisiteEdge = { courseId: string; requiredCourseId: string };

/**
 * Whether giving `courseId` these prerequisites would close a loop, with the loop's courses in order
 * (the course first and last), or null when it would not. `edges` are every other course's prerequisites as they stand.
 */
export function prerequisiteCycle(
  edges: readonly PrerequisiteEdge[],
  courseId: string,
  required: readonly string[],
): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.courseId === courseId) continue;
    next.set(edge.courseId, [...(next.get(edge.courseId) ?? []), edge.requiredCourseId]);
  }
  next.set(courseId, [...required]);
  // Depth-first from the course along "requires"; reaching it again is the loop.
  const visited = new Set<string>();
  const walk = (current: string, path: string[]): string[] | null => {
    for (const target of next.get(current) ?? []) {
      if (target === courseId) return [...path, target];
      if (visited.has(target)) continue;
      visited.add(target);
      const found = walk(target, [...path, target]);
      if (found) return found;
    }
    return null;
  };
  return walk(courseId, [courseId]);
}
