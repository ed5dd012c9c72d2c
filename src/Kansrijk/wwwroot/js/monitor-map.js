// The choropleth on /monitor/indicator/{code}: values come from the table on the page (rows with data-code and data-value).
// The classes (data-breaks) are computed by the server over all municipalities, so colours do not change with a filter.
(async function () {
  const figure = document.getElementById("indicator-kaart");
  if (!figure || !window.Plot || !window.topojson || !window.kansrijkChart) return;
  const k = window.kansrijkChart;
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
  if (features.length === 0) return;
  const lowerIsBetter = figure.dataset.direction === "Down";
  const breaks = JSON.parse(figure.dataset.breaks || "[]");
  const decimals = Number(figure.dataset.decimals || "1");
  const format = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const palette = (lowerIsBetter ? ["#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"] : ["#edf8fb", "#b3cde3", "#8c96c6", "#8856a7", "#810f7c"]);
  const colours = breaks.length + 1 >= palette.length ? palette : palette.filter((_, i) => i % Math.ceil(palette.length / (breaks.length + 1)) === 0).slice(0, breaks.length + 1);
  const missing = "#d9d9d9";
  const classOf = (v) => breaks.filter((b) => v >= b).length;

  const width = k.width(figure, 260, 560);
  const chart = Plot.plot({
    width,
    height: Math.round(width * 1.1),
    style: { fontSize: k.fontSize },
    projection: { type: "mercator", domain: { type: "FeatureCollection", features } },
    marks: [
      Plot.geo(features, {
        fill: (f) => (values.has(f.properties.statcode) ? colours[classOf(values.get(f.properties.statcode))] : missing),
        stroke: "#ffffff",
        strokeWidth: 0.4,
        ariaHidden: true,
      }),
    ],
  });

  // the legend lists the classes with how many of the drawn municipalities fall in each, and "geen cijfer" when any is grey
  const counts = colours.map(() => 0);
  let none = 0;
  features.forEach((f) => (values.has(f.properties.statcode) ? counts[classOf(values.get(f.properties.statcode))]++ : none++));
  const unit = figure.dataset.unit === "percentage" ? "%" : "";
  const range = (i) =>
    breaks.length === 0 ? "alle cijfers"
      : i === 0 ? `lager dan ${format.format(breaks[0])}${unit}`
      : i === breaks.length ? `${format.format(breaks[i - 1])}${unit} of hoger`
      : `${format.format(breaks[i - 1])}${unit} tot ${format.format(breaks[i])}${unit}`;
  const municipalities = (n) => `${n} ${n === 1 ? "gemeente" : "gemeenten"}`;
  const items = colours.map((c, i) => ({ colour: c, label: `${range(i)} (${municipalities(counts[i])})` }));
  if (none > 0) items.push({ colour: missing, label: `geen cijfer (${municipalities(none)})` });
  const caption = figure.querySelector("figcaption");
  figure.insertBefore(window.kansrijkLabelChart(chart, caption.textContent), figure.firstChild);
  figure.insertBefore(k.legend(items, `Legenda: ${figure.dataset.unit}`), caption);
})();
