/* Printing (print.css does the rest, and works without this script). Before the page prints,
 * every closed <details> is opened, for browsers whose print styles cannot open it, and closed
 * again afterwards so the reader finds the page as it was. Links inside the hub get their
 * absolute address in data-print-href, which print.css writes after the link on paper: a
 * relative "../../benchmark/" would tell a reader of paper nothing. Links whose text already
 * is their address are marked data-print-bare so the address is not printed twice. Only
 * attributes are set: the site's CSP allows no inline styles. */
(function () {
  "use strict";
  var content = document.querySelector(".md-content");
  var opened = [];

  /* "https://example.org/a/" and "example.org/a" name the same place on paper. */
  function bare(address) {
    return address.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^www\./i, "")
      .replace(/\/+$/, "").toLowerCase();
  }

  if (content) {
    Array.prototype.forEach.call(content.querySelectorAll("a[href]"), function (link) {
      if (!(link instanceof HTMLAnchorElement)) return; // links inside SVG charts and maps
      var written = link.getAttribute("href");
      var text = link.textContent;
      if (text && bare(text) === bare(link.href)) {
        link.setAttribute("data-print-bare", "");
        return;
      }
      /* In-page anchors lead nowhere new; addresses with a scheme print from href already. */
      if (written.charAt(0) === "#" || /^[a-z][a-z0-9+.-]*:/i.test(written)) return;
      if (link.origin !== location.origin) return;
      link.setAttribute("data-print-href", link.href);
    });
  }

  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details:not([open])"),
      function (details) {
        details.open = true;
        opened.push(details);
      });
  });

  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
})();
