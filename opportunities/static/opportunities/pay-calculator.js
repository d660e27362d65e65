/*
 * The pay calculator's "Print this estimate" button: hidden in the HTML, shown here where the
 * browser can print, and it opens the browser's print dialog. Without the script the page says
 * how to print from the browser; pay-calculator.css lays the printout out either way.
 */
(function () {
  "use strict";

  if (typeof window.print !== "function") return;

  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("button[data-print]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  });
})();
