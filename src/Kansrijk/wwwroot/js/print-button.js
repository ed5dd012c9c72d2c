// A "print" button is hidden without script (the browser's own print still works) and prints the page with it.
document.querySelectorAll("[data-kansrijk-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
