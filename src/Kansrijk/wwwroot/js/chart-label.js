// Gives a drawn Plot chart one accessible name. Plot returns an <svg>, or a <figure> holding legends and the
// <svg> when a legend is asked for; the plot itself is the last <svg>. The legends repeat what the table says.
window.kansrijkLabelChart = function (chart, label) {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  const plot = svgs[svgs.length - 1];
  svgs.slice(0, -1).forEach((legend) => legend.setAttribute("aria-hidden", "true"));
  chart.querySelectorAll("div").forEach((legend) => legend.setAttribute("aria-hidden", "true"));
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", label);
  return chart;
};
