/* The hub's search, on Pagefind's index of every word of every page (partdem/outputs/search.py).
   Nothing is downloaded before a reader types a query: then Pagefind's script and the parts of
   the index of the page's language (its <html lang>) that the query needs, and the passages of
   the results shown, five at a time. Results can be narrowed to a section, a type and a country.
   Results are built with text nodes only: nothing in the index can become markup. */
(function () {
  "use strict";
  var dialog = document.querySelector(".pd-search");
  var toggle = document.getElementById("__search");
  if (!dialog || !toggle || !window.fetch) return;
  var input = dialog.querySelector("input[name=query]");
  var form = dialog.querySelector("form");
  var meta = dialog.querySelector(".md-search-result__meta");
  var list = dialog.querySelector(".md-search-result__list");
  var result = dialog.querySelector(".md-search-result");
  var root = new URL(dialog.getAttribute("data-root"), location.href);
  var labels = JSON.parse(dialog.getAttribute("data-filters"));  /* [[name, label], ...] */
  var PAGE = 5;  /* results shown at a time: each one downloads its page's text */
  var pagefind = null;
  var loading = null;
  var shown = [];  /* the results of the current query not shown yet */
  var asked = 0;  /* the number of the latest query: older answers are dropped */
  var chosen = {};  /* filter name -> value */
  var selects = null;
  var more = null;

  function load() {
    if (!loading) {
      loading = import(new URL(dialog.getAttribute("data-bundle") + "pagefind.js", location.href).href)
        .then(function (module) {
          pagefind = module;
          /* On the page's own thread: a worker would be one more script to download. */
          return pagefind.options({ baseUrl: root.pathname, excerptLength: 24, noWorker: true });
        })
        .catch(function () { loading = null; });
    }
    return loading;
  }

  function say(count) {
    var key = count === 0 ? "data-none" : count === 1 ? "data-one" : "data-other";
    meta.textContent = dialog.getAttribute(key).replace("#", String(count));
  }

  /* Pagefind's passages are the page's text, escaped, with <mark> around the words found:
     only those two kinds of pieces are kept, as text and as <mark> elements. A textarea reads
     markup as text: it only turns character references back into characters. */
  var decoder = document.createElement("textarea");

  function unescaped(text) {
    decoder.innerHTML = text;
    return decoder.value;
  }

  function passage(excerpt) {
    var p = document.createElement("p");
    excerpt.split(/(<mark>.*?<\/mark>)/).forEach(function (piece) {
      var marked = /^<mark>(.*)<\/mark>$/.exec(piece);
      var text = unescaped(marked ? marked[1] : piece);
      if (marked) {
        var mark = document.createElement("mark");
        mark.textContent = text;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(text));
      }
    });
    return p;
  }

  function item(data) {
    /* The passage of the section where the words are found most, if it is not the page's
       beginning. */
    var best = (data.sub_results || []).slice().sort(function (a, b) {
      return (b.locations || []).length - (a.locations || []).length;
    })[0];
    var inSection = best && best.url !== data.url && best.title !== data.meta.title;
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(inSection ? best.url : data.url, location.href).href;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h1");
    title.textContent = data.meta.title || "";
    article.appendChild(title);
    if (inSection) {
      var heading = document.createElement("p");
      heading.className = "pd-search-heading";
      heading.textContent = best.title;
      article.appendChild(heading);
    }
    article.appendChild(passage(inSection ? best.excerpt : data.excerpt));
    link.appendChild(article);
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    li.appendChild(link);
    return li;
  }

  /* The results are marked busy while they load (for assistive technology, and for the
     tests that wait for them). */
  function busy(state) {
    result.setAttribute("aria-busy", String(state));
  }

  function showMore(query) {
    var next = shown.splice(0, PAGE);
    more.hidden = true;
    busy(true);
    return Promise.all(next.map(function (found) { return found.data(); }))
      .then(function (datas) {
        if (query !== asked) return;
        datas.forEach(function (data) { list.appendChild(item(data)); });
        more.hidden = shown.length === 0;
        busy(false);
      });
  }

  /* One select a filter, with the values the index holds, in the reader's alphabet order. */
  function filterControls(available) {
    selects = document.createElement("div");
    selects.className = "pd-search-filters";
    labels.forEach(function (pair) {
      var name = pair[0];
      var label = pair[1];
      var values = Object.keys(available[name] || {});
      if (!values.length) return;
      values.sort(function (a, b) { return a.localeCompare(b, document.documentElement.lang); });
      var select = document.createElement("select");
      select.name = name;
      select.setAttribute("aria-label", label);
      var all = document.createElement("option");
      all.value = "";
      all.textContent = label + ": " + dialog.getAttribute("data-all");
      select.appendChild(all);
      values.forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
      select.addEventListener("change", function () {
        if (select.value) chosen[name] = select.value;
        else delete chosen[name];
        run();
      });
      selects.appendChild(select);
    });
    result.insertBefore(selects, meta);
  }

  function run() {
    var text = input.value.trim();
    var query = ++asked;
    list.textContent = "";
    shown = [];
    if (more) more.hidden = true;
    if (!text) {
      meta.textContent = dialog.getAttribute("data-placeholder");
      busy(false);
      return;
    }
    busy(true);
    load().then(function () {
      if (!pagefind || query !== asked) return null;
      return pagefind.search(text, { filters: chosen });
    }).then(function (found) {
      if (!found || query !== asked) return null;
      /* The filters' values, once: read after the first results, which come first. */
      if (!selects) pagefind.filters().then(function (available) {
        if (!selects) filterControls(available);
      });
      say(found.results.length);
      shown = found.results.slice();
      return showMore(query);
    }).catch(function () { busy(false); });
  }

  more = document.createElement("button");
  more.type = "button";
  more.className = "md-button pd-search-more";
  more.textContent = dialog.getAttribute("data-more");
  more.hidden = true;
  more.addEventListener("click", function () { showMore(asked); });
  result.appendChild(more);

  function open() {
    if (!toggle.checked) toggle.click();
  }

  toggle.addEventListener("change", function () {
    if (toggle.checked) input.focus();
  });
  input.addEventListener("focus", open);
  input.addEventListener("input", run);
  form.addEventListener("reset", function () { setTimeout(run, 0); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  list.addEventListener("click", function (event) {
    if (event.target.closest("a") && toggle.checked) toggle.click();
  });

  /* The theme's keys: "/", "s" or "f" open the search, Escape closes it, arrows move through
     the results. */
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var active = document.activeElement;
    var typing = active && (active.isContentEditable ||
      /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName));
    if (!toggle.checked) {
      if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        open();
      }
      return;
    }
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(active);
    if (event.key === "Escape") {
      event.preventDefault();
      toggle.click();
      input.blur();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!links.length) return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)].focus();
    }
  });
})();
