// Enhancements for every page; the pages work without them.
// 1. On a narrow screen the main navigation folds behind a "Menu" button (the button stays hidden without script).
// 2. After a failed submit the error summary is brought into view and focused (the server also sets autofocus).
// 3. A printed page carries the date and its address in the footer (css/print.css reads --kansrijk-print-where).
(function () {
  "use strict";
  var nav = document.querySelector(".kansrijk-nav");
  var toggle = nav && nav.querySelector(".kansrijk-nav__toggle");
  if (toggle) {
    nav.classList.add("kansrijk-nav--foldable");
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("kansrijk-nav--open", open);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && nav.classList.contains("kansrijk-nav--open")) {
        toggle.setAttribute("aria-expanded", "false");
        nav.classList.remove("kansrijk-nav--open");
        toggle.focus();
      }
    });
  }
  var summary = document.getElementById("foutoverzicht");
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }
  if (summary) {
    summary.scrollIntoView({ block: "start" });
  }
  function printFooter() {
    var date = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    var text = "Afgedrukt op " + date + " van " + location.href;
    document.documentElement.style.setProperty("--kansrijk-print-where", '"' + text.replace(/["\\]/g, "\\$&") + '"');
  }
  printFooter();
  window.addEventListener("beforeprint", printFooter);
})();
