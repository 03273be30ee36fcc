/* mkdocs-material's content script (MIT licence, from its partials/javascripts/content.html),
   moved into a file for the Content-Security-Policy: opens a tab named in the address. */
(function () {
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
