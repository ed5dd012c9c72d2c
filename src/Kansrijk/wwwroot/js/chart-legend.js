// Shared by the monitor's charts: Dutch numbers, a drawing width that never scales text below its size, and a legend
// in HTML built from what the chart draws (so it can never name a series or class that is not on the chart).
window.kansrijkChart = {
  number: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }),
  // Text in the SVG is 13px; drawing at the figure's own width keeps it 13px on a phone instead of shrinking the picture.
  fontSize: "13px",
  width(figure, min, max) {
    return Math.max(min, Math.min(max, Math.floor(figure.getBoundingClientRect().width || max)));
  },
  // items: [{ colour, label, kind: "line" | "area" | "missing" }]
  legend(items, label) {
    const list = document.createElement("ul");
    list.className = "kansrijk-legend";
    list.setAttribute("aria-label", label);
    items.forEach((item) => {
      const entry = document.createElement("li");
      entry.className = "kansrijk-legend__item";
      const swatch = document.createElement("span");
      swatch.className = "kansrijk-legend__swatch kansrijk-legend__swatch--" + (item.kind || "area");
      swatch.setAttribute("aria-hidden", "true");
      if (item.colour) swatch.style.setProperty("--swatch", item.colour);
      entry.append(swatch, document.createTextNode(item.label));
      list.append(entry);
    });
    return list;
  },
};
