/*
 * Search suggestions: enhances every form with a data-search-suggest attribute (the address of
 * /search/suggest/) into an ARIA 1.2 combobox with a list of page titles as you type.
 * Without this script the form is an ordinary search form; with it, the form still submits as
 * before unless a suggestion is chosen.
 *
 * Keys: Down and Up move through the suggestions (and open them), Enter opens the chosen
 * suggestion (or searches, if none is chosen), Escape closes the list (or clears the box when
 * the list is closed). A polite live region says how many suggestions there are.
 */
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 200;
  var counter = 0;

  function enhance(form) {
    var input = form.querySelector('input[type="search"]');
    var endpoint = form.getAttribute("data-search-suggest");
    if (!input || !endpoint || !window.fetch) return;

    counter += 1;
    var listId = "search-suggestions-" + counter;
    var wrapper = input.parentNode;
    wrapper.classList.add("search-suggest");

    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    wrapper.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var results = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function options() {
      return list.querySelectorAll('[role="option"]');
    }

    function setActive(index) {
      var items = options();
      active = index;
      for (var i = 0; i < items.length; i += 1) {
        var on = i === index;
        items[i].setAttribute("aria-selected", on ? "true" : "false");
        items[i].classList.toggle("is-active", on);
      }
      if (index >= 0 && items[index]) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open() {
      if (!results.length) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function announce(text) {
      // Emptied first so the same words are announced again.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function render(data) {
      results = data.results || [];
      list.textContent = "";
      results.forEach(function (result, index) {
        var item = document.createElement("li");
        item.id = listId + "-" + index;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.className = "search-suggest__option";
        var title = document.createElement("span");
        title.className = "search-suggest__title";
        title.textContent = result.title;
        item.appendChild(title);
        if (result.type) {
          var type = document.createElement("span");
          type.className = "search-suggest__type";
          type.textContent = ", " + result.type;
          item.appendChild(type);
        }
        // mousedown, not click: keep focus in the box until the choice is made.
        item.addEventListener("mousedown", function (event) { event.preventDefault(); });
        item.addEventListener("click", function () { go(index); });
        item.addEventListener("mousemove", function () { if (active !== index) setActive(index); });
        list.appendChild(item);
      });
      setActive(-1);
      if (results.length) {
        open();
        announce(
          results.length + (results.length === 1 ? " suggestion" : " suggestions") +
          ". Use the up and down arrows to choose."
        );
      } else {
        close();
        announce(lastQuery ? "No suggestions." : "");
      }
    }

    function go(index) {
      var result = results[index];
      if (result && result.url) window.location.assign(result.url);
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < MIN_LENGTH) {
        render({ results: [] });
        return;
      }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var url = endpoint + (endpoint.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(query);
      window.fetch(url, {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (input.value.trim() === query) render(data); })
        .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var count = results.length;
      switch (event.key) {
        case "ArrowDown":
        case "Down":
          if (!count) return;
          event.preventDefault();
          if (list.hidden) { open(); setActive(0); } else { setActive((active + 1) % count); }
          break;
        case "ArrowUp":
        case "Up":
          if (!count) return;
          event.preventDefault();
          if (list.hidden) { open(); setActive(count - 1); } else { setActive(active <= 0 ? count - 1 : active - 1); }
          break;
        case "Enter":
          if (!list.hidden && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;
        case "Escape":
        case "Esc":
          if (!list.hidden) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            input.value = "";
            lastQuery = "";
            results = [];
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () { close(); });
    input.addEventListener("focus", function () { if (results.length && input.value.trim() === lastQuery) open(); });
  }

  function init() {
    var forms = document.querySelectorAll("form[data-search-suggest]");
    for (var i = 0; i < forms.length; i += 1) enhance(forms[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
