// Turns world-atlas (TopoJSON, ISO 3166-1 numeric ids) into GeoJSON whose features carry ISO alpha-3 codes,
// the codes Marsad stores. Run from marsad/web after `npm ci`: node tools/make-world.cjs OUT.json
"use strict";
const fs = require("fs");
const topojson = require("topojson-client");
const topology = require("world-atlas/countries-110m.json");
const codes = require("i18n-iso-countries/codes.json");

// Features without an ISO numeric id in Natural Earth; only Kosovo has a code Marsad uses (XKX).
const BY_NAME = { Kosovo: "XKX" };

// The shapes are spherical; drawn flat, a polygon crossing the antimeridian (Russia's Chukotka, Fiji) would
// streak across the whole map. Such polygons are moved east (-179° -> 181°) so they stay in one piece.
// Antarctica wraps the pole and is left alone.
function crossesAntimeridian(ring) {
  return ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
}

function unwrap(polygon) {
  if (!polygon.some(crossesAntimeridian)) return polygon;
  return polygon.map((ring) => ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]));
}

function unwrapGeometry(geometry) {
  if (geometry.type === "Polygon") geometry.coordinates = unwrap(geometry.coordinates);
  if (geometry.type === "MultiPolygon") geometry.coordinates = geometry.coordinates.map(unwrap);
}

const alpha3 = new Map(codes.map(([, a3, numeric]) => [numeric, a3]));
const world = topojson.feature(topology, topology.objects.countries);
for (const feature of world.features) {
  if (feature.id !== "010" && feature.geometry) unwrapGeometry(feature.geometry);
  const iso3 = alpha3.get(feature.id) || BY_NAME[feature.properties.name] || null;
  feature.properties = { name: iso3 || feature.properties.name, label: feature.properties.name, iso3 };
}
const out = process.argv[2];
if (!out) throw new Error("usage: node tools/make-world.cjs OUT.json");
fs.writeFileSync(out, JSON.stringify(world));
console.log(`${out}: ${world.features.length} countries`);
