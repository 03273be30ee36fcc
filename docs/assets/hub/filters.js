/* Facet filters for the hub's tables and lists (progressive enhancement).
 *
 * Markup, generated at build time: a hidden <div class="pd-filters" data-target="ID"> holding a
 * <script type="application/json"> with the facets ({name: {label, values: {code: label}}}) and
 * the texts of the interface; the target's items carry data-<facet> attributes (codes separated
 * by spaces). Without JavaScript the full list stays readable. With it, readers filter by facet
 * (with counts) and free text, the state is kept in the address so a view can be shared, and
 * the visible rows of a table can be downloaded as CSV. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function values(item, facet) {
    var raw = item.getAttribute("data-" + facet) || "";
    return raw ? raw.split(" ") : [];
  }

  // A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one whose first
  // character, after any spaces, is =, +, - or @ (or their full-width forms), or that starts
  // with a tab or a carriage return, gets a leading apostrophe, which spreadsheets show as text.
  // The same rule as the open data CSV (partdem/export.py, safe_cell): change both together;
  // tests/security/test_csv_injection.py tests both on the same cells.
  var FORMULA = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

  function csvCell(text) {
    text = text.replace(/\s+/g, " ").trim();
    if (FORMULA.test(text)) text = "'" + text;
    return /[",\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function setup(box) {
    var config = JSON.parse(box.querySelector("script[type='application/json']").textContent);
    var target = document.getElementById(box.getAttribute("data-target"));
    if (!target) return;
    var items = Array.prototype.slice.call(target.querySelectorAll("[data-pd-item]"));
    var facets = Object.keys(config.facets);
    var params = new URLSearchParams(window.location.search);
    var state = {};
    facets.forEach(function (facet) { state[facet] = params.get(facet) || ""; });
    var query = params.get("q") || "";

    var form = el("form", {"class": "pd-filters__form", role: "search",
                           "aria-label": config.texts.filters});
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var search = el("input", {type: "search", name: "q", id: box.id + "-q",
                              "aria-label": config.texts.search, placeholder: config.texts.search});
    search.value = query;
    form.appendChild(search);
    var selects = {};
    facets.forEach(function (facet) {
      var id = box.id + "-" + facet;
      var wrap = el("span", {"class": "pd-filters__facet"});
      wrap.appendChild(el("label", {"for": id}, config.facets[facet].label));
      var select = el("select", {id: id, name: facet});
      wrap.appendChild(select);
      form.appendChild(wrap);
      selects[facet] = select;
      select.addEventListener("change", function () { state[facet] = select.value; update(); });
    });
    search.addEventListener("input", function () { query = search.value; update(); });
    var reset = el("button", {type: "button", "class": "pd-filters__reset"}, config.texts.reset);
    reset.addEventListener("click", function () {
      facets.forEach(function (facet) { state[facet] = ""; });
      query = ""; search.value = ""; update();
    });
    form.appendChild(reset);
    var status = el("p", {"class": "pd-filters__status", role: "status", "aria-live": "polite"});
    var download = el("a", {href: "#", "class": "pd-filters__download",
                            download: (config.file || "hub") + ".csv"}, config.texts.download);
    download.addEventListener("click", function () {
      var rows = [];
      var head = target.querySelectorAll("thead th");
      if (head.length) rows.push(Array.prototype.map.call(head, function (c) {
        return csvCell(c.textContent); }).join(","));
      visible().forEach(function (item) {
        var cells = item.querySelectorAll("th, td");
        rows.push(Array.prototype.map.call(cells.length ? cells : [item], function (c) {
          return csvCell(c.textContent); }).join(","));
      });
      var blob = new Blob([rows.join("\r\n") + "\r\n"], {type: "text/csv;charset=utf-8"});
      download.href = URL.createObjectURL(blob);
    });
    box.appendChild(form);
    box.appendChild(status);
    if (target.tagName === "TABLE") box.appendChild(download);
    box.hidden = false;

    function matches(item, except) {
      if (query && item.textContent.toLowerCase().indexOf(query.toLowerCase()) < 0) return false;
      return facets.every(function (facet) {
        return facet === except || !state[facet] || values(item, facet).indexOf(state[facet]) >= 0;
      });
    }

    function visible() { return items.filter(function (item) { return !item.hidden; }); }

    function update() {
      items.forEach(function (item) { item.hidden = !matches(item); });
      facets.forEach(function (facet) {
        var select = selects[facet];
        var labels = config.facets[facet].values;
        var counts = {};
        items.forEach(function (item) {
          if (!matches(item, facet)) return;
          values(item, facet).forEach(function (code) { counts[code] = (counts[code] || 0) + 1; });
        });
        select.textContent = "";
        select.appendChild(el("option", {value: ""}, config.texts.all));
        Object.keys(labels).forEach(function (code) {
          if (!counts[code] && state[facet] !== code) return;
          var option = el("option", {value: code}, labels[code] + " (" + (counts[code] || 0) + ")");
          if (state[facet] === code) option.selected = true;
          select.appendChild(option);
        });
      });
      var shown = visible().length;
      status.textContent = config.texts.shown.replace("%(shown)s", shown)
        .replace("%(total)s", items.length);
      var next = new URLSearchParams();
      if (query) next.set("q", query);
      facets.forEach(function (facet) { if (state[facet]) next.set(facet, state[facet]); });
      var search_ = next.toString();
      window.history.replaceState(null, "", window.location.pathname +
        (search_ ? "?" + search_ : "") + window.location.hash);
    }

    update();
  }

  document.querySelectorAll(".pd-filters[data-target]").forEach(setup);
})();
