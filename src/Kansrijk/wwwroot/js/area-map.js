// Draws the small map on /gebieden/{code}: the area dark, its surroundings light.
// The page says in text where the area lies, so the map is an extra, not the only source.
(async function () {
  const figure = document.getElementById("gebied-kaart");
  if (!figure || !window.Plot || !window.topojson) return;
  const { code, type, province } = figure.dataset;
  const geo = JSON.parse(figure.dataset.geo || "{}");

  const layerFor = { municipality: "gemeente_2025", province: "provincie_2025", ggdregion: "ggdregio_2025", country: "provincie_2025" };
  const loaded = {};
  // each boundary file is fetched once, even when two layers come from the same file
  const load = (name) => (loaded[name] ??= (async () => {
    const topology = await (await fetch(geo[name] || `/geo/${name}.topojson`)).json();
    const object = Object.values(topology.objects)[0];
    return topojson.feature(topology, object).features;
  })());

  const provinces = await load("provincie_2025");
  const own = type === "country" ? provinces : (await load(layerFor[type])).filter((f) => f.properties.statcode === code);
  let context = provinces;
  if (type === "municipality") {
    const municipalities = await load("gemeente_2025");
    const provinceShape = provinces.filter((f) => f.properties.statcode === province);
    context = provinceShape.length ? provinceShape : provinces;
    // Neighbouring municipalities of the same province, drawn light, give a sense of place.
    context = context.concat(municipalities.filter((f) => f.properties.statcode !== code));
  }
  const frame = type === "municipality" ? { type: "FeatureCollection", features: context.slice(0, 1) } : { type: "FeatureCollection", features: provinces };

  const chart = Plot.plot({
    width: 420,
    height: 460,
    projection: { type: "mercator", domain: frame },
    marks: [
      Plot.geo(context, { fill: "#dfe9eb", stroke: "#ffffff", strokeWidth: 0.5, ariaHidden: true }),
      Plot.geo(own, { fill: "#00586b", stroke: "#003b48", ariaHidden: true }),
    ],
  });
  figure.insertBefore(window.kansrijkLabelChart(chart, figure.querySelector("figcaption").textContent), figure.firstChild);
})();
