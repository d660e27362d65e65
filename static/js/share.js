/*
 * "More ways to share": opens the device's own share sheet (the Web Share API) for the page.
 * The button is hidden in the HTML and shown here only where the browser has navigator.share;
 * everywhere else the plain share links beside it do the job, with or without JavaScript.
 */
(function () {
  "use strict";

  if (typeof navigator.share !== "function") return;

  var buttons = document.querySelectorAll("button[data-share-url]");
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator
        .share({
          title: button.getAttribute("data-share-title"),
          url: button.getAttribute("data-share-url"),
        })
        .catch(function () {
          // Closing the share sheet rejects the promise: nothing to tell the visitor.
        });
    });
  });
})();
