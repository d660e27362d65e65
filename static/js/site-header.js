/*
 * The header's "Search" and "Menu" toggles on narrow screens (disclosure pattern).
 *
 * The page arrives with two links: "Search" to the search page and "Menu" to the copy of the
 * menu in the footer, so everything is reachable without this script. The script turns each
 * link into a button with aria-expanded that shows or hides its panel in the header (the
 * search form, the main navigation). CSS hides the panels only on narrow screens; on wide
 * screens the buttons are hidden and the panels always show.
 *
 * Opening one panel closes the other. Opening the search moves focus to its box. Escape closes
 * the open panel and puts focus back on its button.
 */
(function () {
  "use strict";

  var buttons = [];

  function panelOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function setOpen(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    panelOf(button).classList.toggle("is-open", open);
  }

  function toggle(button) {
    var opening = button.getAttribute("aria-expanded") !== "true";
    buttons.forEach(function (other) { if (other !== button) setOpen(other, false); });
    setOpen(button, opening);
    if (opening) {
      var box = panelOf(button).querySelector('input[type="search"]');
      if (box) box.focus();
    }
  }

  function enhance(link) {
    var panel = document.getElementById(link.getAttribute("data-header-toggle"));
    if (!panel) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", panel.id);
    while (link.firstChild) button.appendChild(link.firstChild);
    link.parentNode.replaceChild(button, link);
    button.addEventListener("click", function () { toggle(button); });
    buttons.push(button);
  }

  function closeOnEscape(event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    buttons.forEach(function (button) {
      var panel = panelOf(button);
      if (button.getAttribute("aria-expanded") !== "true") return;
      // The search box's own Escape (closing its suggestions, clearing it) comes first.
      if (event.defaultPrevented) return;
      if (panel.contains(document.activeElement) || document.activeElement === button) {
        setOpen(button, false);
        button.focus();
      }
    });
  }

  function init() {
    var links = document.querySelectorAll("a[data-header-toggle]");
    for (var i = 0; i < links.length; i += 1) enhance(links[i]);
    if (buttons.length) document.addEventListener("keydown", closeOnEscape);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
