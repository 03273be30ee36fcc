/* Sortable tables (progressive enhancement): a table with class "pd-sortable" gets a button in
 * each column header that sorts its rows by that column, and aria-sort tells screen readers the
 * order. Cells may carry data-sort with the value to sort by. Without JavaScript the table is
 * read as it comes. */
(function () {
  "use strict";

  function key(row, index) {
    var cell = row.children[index];
    if (!cell) return "";
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b, document.documentElement.lang);
  }

  document.querySelectorAll("table.pd-sortable").forEach(function (table) {
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pd-sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(key(a, index), key(b, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
