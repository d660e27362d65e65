/*
 * Filter panels: each <details data-filter-panel> is closed in the page as sent, so that on a
 * phone the results come first and the filters are one tap away. Where there is room for a
 * sidebar, this opens them, and it opens or closes them again when the window crosses that
 * width. Without this script the panels stay closed on every screen and still work.
 */
(function () {
  "use strict";

  var wide = window.matchMedia("(min-width: 60rem)");

  function fit() {
    var panels = document.querySelectorAll("details[data-filter-panel]");
    for (var i = 0; i < panels.length; i += 1) {
      panels[i].open = wide.matches;
    }
  }

  if (wide.matches) fit();
  if (wide.addEventListener) wide.addEventListener("change", fit);
})();
