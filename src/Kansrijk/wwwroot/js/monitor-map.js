// The choropleth on /monitor/indicator/{code}: values come from the table on the page (rows with data-code and data-value).
(async function () {
  const figure = document.getElementById("indicator-kaart");
  if (!figure || !window.Plot || !window.topojson) return;
  const table = document.getElementById(figure.dataset.table);
  const values = new Map();
  table.querySelectorAll("tbody tr[data-code]").forEach((row) => {
    if (row.dataset.value) values.set(row.dataset.code, Number(row.dataset.value));
  });
  const shown = new Set([...table.querySelectorAll("tbody tr[data-code]")].map((r) => r.dataset.code));

  const geo = JSON.parse(figure.dataset.geo || "{}");
  const topology = await (await fetch(geo.gemeente_2025 || "/geo/gemeente_2025.topojson")).json();
  const all = topojson.feature(topology, Object.values(topology.objects)[0]).features;
  const features = all.filter((f) => shown.has(f.properties.statcode));
  const lowerIsBetter = figure.dataset.direction === "Down";

  const chart = Plot.plot({
    width: 560,
    height: 620,
    projection: { type: "mercator", domain: { type: "FeatureCollection", features } },
    color: {
      type: "quantile",
      n: 5,
      scheme: lowerIsBetter ? "PuBu" : "BuPu",
      legend: true,
      label: figure.dataset.unit,
      unknown: "#d9d9d9",
      tickFormat: (d) => d.toLocaleString("nl-NL", { maximumFractionDigits: 1 }),
    },
    marks: [
      Plot.geo(features, {
        fill: (f) => (values.has(f.properties.statcode) ? values.get(f.properties.statcode) : null),
        stroke: "#ffffff",
        strokeWidth: 0.4,
        ariaHidden: true,
      }),
    ],
  });
  figure.insertBefore(window.kansrijkLabelChart(chart, figure.querySelector("figcaption").textContent), figure.firstChild);
})();
