// One fact in a details list (<dl>): what it is, and its value, kept together for the grid that lays them out.
import type { ReactNode } from "react";

export function Detail({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
