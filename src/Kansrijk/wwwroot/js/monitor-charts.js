// Draws the monitor's trend charts from the tables on the page, so a chart never shows other numbers than its table.
// A share starts at zero; years without a figure break the line; the legend names only the series that are drawn.
(function () {
  if (!window.kansrijkLabelChart || !window.Plot || !window.kansrijkChart) return;
  const k = window.kansrijkChart;
  const colours = ["#00586b", "#a33b00", "#5a2a82", "#1d6b2f"];

  document.querySelectorAll("figure[data-trend-chart]").forEach((figure) => {
    const table = document.getElementById(figure.dataset.trendChart);
    if (!table) return;
    const points = [];
    table.querySelectorAll("tbody tr[data-period]").forEach((row) => {
      row.querySelectorAll("td[data-series]").forEach((cell) => {
        points.push({ year: Number(row.dataset.period), series: cell.dataset.series, value: cell.dataset.value ? Number(cell.dataset.value) : NaN });
      });
    });
    // a series is drawn when it has at least one figure; a suppressed or missing year is a gap, not a zero
    const series = [...new Set(points.map((p) => p.series))].filter((s) => points.some((p) => p.series === s && !isNaN(p.value)));
    const shown = points.filter((p) => series.includes(p.series));
    const values = shown.filter((p) => !isNaN(p.value));
    if (values.length < 2) return;
    const gaps = shown.some((p) => isNaN(p.value));

    const width = k.width(figure, 260, 560);
    const years = [...new Set(shown.map((p) => p.year))].sort((a, b) => a - b);
    const step = Math.max(1, Math.ceil((years.length * 44) / (width - 70)));
    const ticks = years.filter((_, i) => i % step === 0);
    const colour = new Map(series.map((s, i) => [s, colours[i % colours.length]]));

    const chart = Plot.plot({
      width,
      height: 240,
      marginLeft: 56,
      marginBottom: 40,
      style: { fontSize: k.fontSize, fontFamily: "inherit" },
      x: { label: "Jaar", labelAnchor: "right", labelArrow: "none", ticks, tickFormat: (d) => String(d) },
      y: { label: figure.dataset.axis, labelArrow: "none", grid: true, zero: true, nice: true, tickFormat: (d) => k.number.format(d) },
      color: { domain: series, range: series.map((s) => colour.get(s)) },
      marks: [
        Plot.ruleY([0], { ariaHidden: true }),
        Plot.line(shown, { x: "year", y: "value", z: "series", stroke: "series", strokeWidth: 2, ariaHidden: true }),
        Plot.dot(values, { x: "year", y: "value", fill: "series", r: 3.5, ariaHidden: true }),
      ],
    });
    const legendItems = series.map((s) => ({ colour: colour.get(s), label: s, kind: "line" }));
    if (gaps) legendItems.push({ label: "geen cijfer (geen punt, de lijn is onderbroken)", kind: "missing" });
    const caption = figure.querySelector("figcaption");
    figure.insertBefore(window.kansrijkLabelChart(chart, caption.textContent), figure.firstChild);
    figure.insertBefore(k.legend(legendItems, "Legenda"), caption);
  });
})();
