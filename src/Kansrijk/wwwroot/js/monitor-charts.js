// Draws the monitor's charts from the tables on the page, so a chart never shows other numbers than its table.
(function () {
  if (!window.kansrijkLabelChart || !window.Plot) return;

  // Trend charts: a line per series from <table id=...> rows with data-period and cells with data-series/data-value.
  document.querySelectorAll("figure[data-trend-chart]").forEach((figure) => {
    const table = document.getElementById(figure.dataset.trendChart);
    if (!table) return;
    const points = [];
    table.querySelectorAll("tbody tr[data-period]").forEach((row) => {
      row.querySelectorAll("td[data-series]").forEach((cell) => {
        if (cell.dataset.value) points.push({ year: Number(row.dataset.period), series: cell.dataset.series, value: Number(cell.dataset.value) });
      });
    });
    if (points.length < 2) return;
    const chart = Plot.plot({
      width: 420,
      height: 220,
      marginLeft: 48,
      x: { label: "Jaar", tickFormat: "d" },
      y: { label: figure.dataset.unit, grid: true, zero: false },
      color: { legend: true, range: ["#00586b", "#a33b00", "#5a2a82", "#1d6b2f"] },
      marks: [
        Plot.line(points, { x: "year", y: "value", stroke: "series", strokeWidth: 2, ariaHidden: true }),
        Plot.dot(points, { x: "year", y: "value", fill: "series", ariaHidden: true }),
      ],
    });
    figure.insertBefore(window.kansrijkLabelChart(chart, figure.querySelector("figcaption").textContent), figure.firstChild);
  });
})();
