// The national map of coalition status on /coalities: each municipality coloured by the status in the table
// below it (rows with data-code and data-status). The table is the source; the map only draws it.
(async function () {
  const figure = document.getElementById("coalitie-kaart");
  if (!figure || !window.Plot || !window.topojson) return;
  const table = document.getElementById(figure.dataset.table);
  const statusOf = new Map();
  table.querySelectorAll("tbody tr[data-code]").forEach((row) => statusOf.set(row.dataset.code, row.dataset.label));
  const labels = JSON.parse(figure.dataset.labels);
  // Ordered from far to near, distinguishable without relying on red/green alone.
  const colours = ["#1d4e89", "#4f8fc0", "#a6cee3", "#b35806", "#e0e0e0"];

  const geo = JSON.parse(figure.dataset.geo || "{}");
  const topology = await (await fetch(geo.gemeente_2025 || "/geo/gemeente_2025.topojson")).json();
  const features = topojson.feature(topology, Object.values(topology.objects)[0]).features;
  const chart = Plot.plot({
    width: 560,
    height: 620,
    projection: { type: "mercator", domain: { type: "FeatureCollection", features } },
    color: { type: "ordinal", domain: labels, range: colours.slice(0, labels.length), legend: true },
    marks: [
      Plot.geo(features, {
        fill: (f) => statusOf.get(f.properties.statcode) ?? labels[labels.length - 1],
        stroke: "#ffffff",
        strokeWidth: 0.4,
        ariaHidden: true,
      }),
    ],
  });
  const labelled = window.kansrijkLabelChart(chart, figure.querySelector("figcaption").textContent);
  // On a phone the map keeps its drawn size in a region that scrolls sideways (keyboard too), instead of shrinking
  // 355 municipalities to specks; the legend above it stays in view.
  const svgs = labelled.tagName.toLowerCase() === "svg" ? [labelled] : [...labelled.querySelectorAll("svg")];
  const plot = svgs[svgs.length - 1];
  const scroller = document.createElement("div");
  scroller.className = "kansrijk-map-scroll";
  scroller.tabIndex = 0;
  scroller.setAttribute("role", "region");
  scroller.setAttribute("aria-label", "Kaart, schuift opzij op een smal scherm");
  plot.replaceWith(scroller);
  scroller.appendChild(plot);
  figure.insertBefore(labelled === plot ? scroller : labelled, figure.firstChild);
})();
