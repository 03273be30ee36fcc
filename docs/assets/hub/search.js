/* The hub's search. It loads the index of the page's language (search/index.json under the
   language's root) only the first time a reader opens the search, so that a first visit never
   downloads it, then finds pages as the reader types: by title, keywords (the place and topics
   of a case), headings and summary. Words match from their start, without accents or case.
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
  var root = new URL(dialog.getAttribute("data-root"), location.href);
  var entries = null;
  var loading = null;
  var MAX = 50;
  var WEIGHT = { t: 10, k: 5, h: 4, x: 1 };

  /* Lower case, no accents or Arabic short vowels, one form for Arabic letters written in
     several ways, so that "asamblea" finds "Asamblea" and "أمة" finds "امة". */
  function fold(text) {
    return text.normalize("NFD").replace(/[\p{M}\u0640]/gu, "").toLowerCase()
      .replace(/[أإآ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
  }

  function words(text) {
    return fold(text || "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function prepare(doc) {
    var fields = { t: words(doc.t), k: words(doc.k), x: words(doc.x), h: [] };
    (doc.h || []).forEach(function (heading) {
      fields.h.push({ id: heading[0], title: heading[1], words: words(heading[1]) });
    });
    return { doc: doc, fields: fields };
  }

  function load() {
    if (!loading) {
      loading = fetch(dialog.getAttribute("data-index"), { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (index) { entries = index.docs.map(prepare); run(); })
        .catch(function () { loading = null; });
    }
    return loading;
  }

  function hits(terms, list) {
    var count = 0;
    terms.forEach(function (term) {
      if (list.some(function (word) { return word.indexOf(term) === 0; })) count += 1;
    });
    return count;
  }

  /* A page matches when every word of the query starts a word of it; a heading that holds the
     most words of the query is where the result leads. */
  function score(entry, terms) {
    var fields = entry.fields;
    var total = 0;
    var best = null;
    var bestHits = 0;
    var matched = terms.every(function (term) {
      var found = false;
      ["t", "k", "x"].forEach(function (name) {
        if (fields[name].some(function (word) { return word.indexOf(term) === 0; })) {
          total += WEIGHT[name];
          found = true;
        }
      });
      fields.h.forEach(function (heading) {
        if (heading.words.some(function (word) { return word.indexOf(term) === 0; })) {
          total += WEIGHT.h;
          found = true;
        }
      });
      return found;
    });
    if (!matched) return null;
    fields.h.forEach(function (heading) {
      var n = hits(terms, heading.words);
      if (n > bestHits) { best = heading; bestHits = n; }
    });
    if (hits(terms, fields.t) === terms.length) total += 20;  /* the whole query in the title */
    return { entry: entry, score: total, heading: best };
  }

  function say(count) {
    var key = count === 0 ? "data-none" : count === 1 ? "data-one" : "data-other";
    meta.textContent = dialog.getAttribute(key).replace("#", String(count));
  }

  function item(result) {
    var doc = result.entry.doc;
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(doc.u + (result.heading ? "#" + result.heading.id : ""), root).href;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h1");
    title.textContent = doc.t;
    article.appendChild(title);
    if (result.heading) {
      var heading = document.createElement("p");
      heading.className = "pd-search-heading";
      heading.textContent = result.heading.title;
      article.appendChild(heading);
    }
    if (doc.x) {
      var text = document.createElement("p");
      text.textContent = doc.x;
      article.appendChild(text);
    }
    link.appendChild(article);
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    li.appendChild(link);
    return li;
  }

  function run() {
    var terms = words(input.value);
    list.textContent = "";
    if (!terms.length) {
      meta.textContent = dialog.getAttribute("data-placeholder");
      return;
    }
    if (!entries) return;  /* shown when the index arrives */
    var results = [];
    entries.forEach(function (entry) {
      var result = score(entry, terms);
      if (result) results.push(result);
    });
    results.sort(function (a, b) { return b.score - a.score; });
    say(results.length);
    results.slice(0, MAX).forEach(function (result) { list.appendChild(item(result)); });
  }

  function open() {
    if (!toggle.checked) toggle.click();
  }

  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      load();
      input.focus();
    }
  });
  input.addEventListener("focus", function () { load(); open(); });
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
