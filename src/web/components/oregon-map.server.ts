// Oregon's county shapes as SVG paths, projected once from the us-atlas 1:10m counties with d3-geo (server only: the
// atlas is large and never sent to the browser).
import { createRequire } from "node:module";
import { geoConicConformal, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { MAP_HEIGHT, MAP_WIDTH } from "./impact-charts.tsx";

export type CountyShape = { fips: string; d: string };

let shapes: CountyShape[] | null = null;

/** The 36 counties' outlines fitted to a 400 × 300 view (computed on first use, then reused: the atlas never changes). */
export function oregonCountyShapes(): CountyShape[] {
  if (shapes) return shapes;
  const atlas = createRequire(import.meta.url)("us-atlas/counties-10m.json") as Topology<{
    counties: GeometryCollection<{ name: string }>;
  }>;
  const oregon = {
    ...atlas.objects.counties,
    geometries: atlas.objects.counties.geometries.filter((geometry) => String(geometry.id).startsWith("41")),
  };
  const collection = feature(atlas, oregon);
  // Oregon's own Lambert conformal conic (as the state plane uses) keeps its shape familiar.
  const projection = geoConicConformal()
    .parallels([43, 45.5])
    .rotate([120.5, 0])
    .fitExtent(
      [
        [4, 4],
        [MAP_WIDTH - 4, MAP_HEIGHT - 4],
      ],
      collection,
    );
  const path = geoPath(projection);
  shapes = collection.features.map((county) => ({ fips: String(county.id), d: path(county) ?? "" }));
  return shapes;
}
