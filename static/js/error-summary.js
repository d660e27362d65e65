// A form sent back with mistakes: move to its error summary, so the first thing a person sees
// (and a screen reader announces) is what to put right, and say so in the page title. Without
// this script the summary is still at the top of the form, as the first thing in it.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (!summary) return;
    if (document.title.indexOf("Error: ") !== 0) document.title = "Error: " + document.title;
    summary.focus();
    summary.scrollIntoView({ block: "start" });
  });
})();
