// Care path page: after "Zoek wie helpt" the outcome (who to call) gets the focus, so a screen reader reads it first
// and the page stands at it. The form already jumps to #uitkomst; this also moves the keyboard focus there.
(function () {
  "use strict";
  var outcome = document.querySelector("[data-focus-on-load]");
  if (outcome && !document.getElementById("foutoverzicht")) {
    outcome.focus();
    outcome.scrollIntoView({ block: "start" });
  }
})();
