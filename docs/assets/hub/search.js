/* The hub's search, on the index of every word of every page (partdem/outputs/search.py).
   Nothing is downloaded before a reader types a query: then the index's files of the page's
   language that the query needs (a file of words for each word, and the files of the stems it
   stands for), and the passages of the results shown, five at a time. Results can be narrowed to a section, a type and a
   country (their file is downloaded when the reader opens the filters). Results are built with
   text nodes only: nothing in the index can become markup. */
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
  var bundle = new URL(dialog.getAttribute("data-bundle"), location.href);
  var labels = JSON.parse(dialog.getAttribute("data-filters"));  /* [[name, label], ...] */
  var lang = document.documentElement.lang;
  var PAGE = 5;  /* results shown at a time: each one downloads its page's text */
  var EXPANDED = 5;  /* the stems a word stands for at most: its own, then the most found */
  var WAIT = 150;  /* milliseconds without typing before a query is run */
  var AROUND = 8, LENGTH = 24;  /* a passage's words before the first word found, and in all */
  /* What Arabic writes before a word ("and", "with", "the"...): a word no page holds is looked
     up without it, as the index's stemmer reads words. */
  var PREFIXES = { ar: ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ك", "ل"] };
  /* Arabic's article: the stemmer may give a word with it another stem than the bare word
     ("التوصيات", "توصيات"), so a bare word is looked up with it too. */
  var ARTICLE = { ar: "ال" };
  var WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
  var SPLIT = /([\p{L}\p{N}\p{M}\u0640]+)/u;
  var MARKS = /[\p{M}\u0640]/gu;
  var files = {};  /* address -> the promise of its JSON (null where there is no such file) */
  var shown = [];  /* the results of the current query not shown yet */
  var marks = {};  /* the words to mark in passages, folded */
  var asked = 0;  /* the number of the latest query: older answers are dropped */
  var chosen = {};  /* filter name -> value */
  var more = null;

  function get(path) {
    if (!files[path]) {
      files[path] = fetch(new URL(path, bundle).href).then(function (response) {
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(response.status);
        return response.json();
      }).catch(function (error) { delete files[path]; throw error; });
    }
    return files[path];
  }

  /* As the index folds words (outputs/search.py's fold): no case, accents or diacritics. */
  function fold(word) {
    return word.normalize("NFD").replace(MARKS, "").toLowerCase();
  }

  /* The words file of a folded word, from its first two letters (outputs/search.py's
     words_file): the words that begin alike share it. */
  var WORD_FILES = Number(dialog.getAttribute("data-word-files"));

  function wordsFile(word) {
    var chars = Array.from(word);
    var second = chars.length > 1 ? chars[1].codePointAt(0) : 0;
    return "words/" + ((chars[0].codePointAt(0) * 31 + second) % WORD_FILES) + ".json";
  }

  /* The stems a folded word stands for, as [stem, pages, file]: its own, and the stems that
     begin with it (German's compounds, Arabic's plurals: found among the words that begin as
     the stem does, which for a word with Arabic's prefixes are in another file); while it is
     being typed, those of the words it begins too (the most found first); else the longest
     stem it begins with (a plural no page holds finds its singular); else the same without
     what Arabic writes before it. */
  function stemsOf(word, typing) {
    /* A file holds every word that begins with the same two letters, and others: what
       begins with a single letter is not looked for. */
    var long = Array.from(word).length > 1;
    var article = ARTICLE[lang] && word.indexOf(ARTICLE[lang]) !== 0 ? ARTICLE[lang] + word : "";
    return get(wordsFile(word)).then(function (found) {
      var own = found && found.w[word] ? found.w[word][0] : null;
      var like = own && wordsFile(own) !== wordsFile(word) ? get(wordsFile(own)) : null;
      return Promise.all([found, like, article ? get(wordsFile(article)) : null]);
    }).then(function (both) {
      var words = both[0] ? both[0].w : {};
      var total = both[0] ? both[0].n : 0;
      var own = words[word] ? words[word][0] : null;
      var grows = own && Array.from(own).length > 1;
      var stems = {};
      if (own) stems[own] = words[word];
      Object.keys(words).forEach(function (other) {
        var stem = words[other][0];
        if ((grows && stem.indexOf(own) === 0) || (typing && long && other.indexOf(word) === 0)) {
          stems[stem] = words[other];
        }
      });
      var like = both[1] && grows ? both[1].w : {};
      Object.keys(like).forEach(function (other) {
        if (like[other][0].indexOf(own) === 0) stems[like[other][0]] = like[other];
      });
      var defined = both[2] && both[2].w[article];
      if (own && defined) stems[defined[0]] = defined;
      var picked = Object.keys(stems).map(function (stem) { return stems[stem]; })
        .sort(function (a, b) {
          return (b[0] === own) - (a[0] === own) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
        })
        .slice(0, EXPANDED);
      if (!picked.length) {
        Object.keys(words).forEach(function (other) {
          var stem = words[other][0];
          if (stem.length >= 3 && word.indexOf(stem) === 0 &&
              (!picked.length || stem.length > picked[0][0].length)) picked = [words[other]];
        });
      }
      if (picked.length) return { stems: picked, total: total, own: own || picked[0][0] };
      var prefix = (PREFIXES[lang] || []).filter(function (start) {
        return word.length > start.length + 1 && word.indexOf(start) === 0;
      })[0];
      return prefix ? stemsOf(word.slice(prefix.length), false) : { stems: [], total: total };
    });
  }

  /* For one word of the query: page -> [score, section], the best of its stems. The word's
     rarity is its own stem's (or, while it is typed, the most found one's): a rare word that
     merely begins like it does not rank first; and a page holding the word itself comes
     before one holding only a word that begins like it. */
  function pagesOf(word) {
    var df = word.stems.length ? word.stems[0][1] : 0;
    var idf = Math.log(1 + (word.total - df + 0.5) / (df + 0.5));
    return Promise.all(word.stems.map(function (found) {
      return get("stems/" + found[2] + ".json").then(function (file) {
        return [found, file[found[0]]];
      });
    })).then(function (entries) {
      var pages = {};
      entries.forEach(function (entry) {
        var weight = entry[0][0] === word.own ? idf : idf / 2;
        entry[1].w.forEach(function (written) { marks[written] = true; });
        var p = entry[1].p;
        for (var i = 0; i < p.length; i += 3) {
          var score = weight * p[i + 1];
          if (!pages[p[i]] || pages[p[i]][0] < score) pages[p[i]] = [score, p[i + 2]];
        }
      });
      return pages;
    });
  }

  /* The pages that hold every word of the query, the best first: [page, score, section]. */
  function search(text) {
    var words = (text.match(WORD) || []).map(fold).filter(Boolean);
    var typing = !/\s$/.test(text);
    marks = {};
    return Promise.all(words.map(function (word, at) {
      return stemsOf(word, typing && at === words.length - 1);
    })).then(function (found) {
      return Promise.all(found.map(pagesOf).concat([narrowed()]));
    }).then(function (sets) {
      var allowed = sets.pop();
      if (!sets.length) return [];
      var results = [];
      Object.keys(sets[0]).forEach(function (page) {
        if (allowed && !allowed[page]) return;
        var score = 0, section = 0, best = -1;
        for (var i = 0; i < sets.length; i++) {
          var at = sets[i][page];
          if (!at) return;
          score += at[0];
          if (at[0] > best) { best = at[0]; section = at[1]; }
        }
        results.push([Number(page), score, section]);
      });
      return results.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    });
  }

  /* The pages of every filter chosen, or null when none is. */
  function narrowed() {
    var names = Object.keys(chosen);
    if (!names.length) return Promise.resolve(null);
    return get("filters.json").then(function (filters) {
      var allowed = null;
      names.forEach(function (name) {
        var pages = {};
        ((filters[name] || {})[chosen[name]] || []).forEach(function (page) {
          if (!allowed || allowed[page]) pages[page] = true;
        });
        allowed = pages;
      });
      return allowed;
    });
  }

  function say(count) {
    var key = count === 0 ? "data-none" : count === 1 ? "data-one" : "data-other";
    meta.textContent = dialog.getAttribute(key).replace("#", String(count));
  }

  /* The words around the first word found in ``text``, that one and the others found marked. */
  function passage(text) {
    var pieces = text.split(SPLIT);  /* words at the odd places */
    var first = 1;
    for (var i = 1; i < pieces.length; i += 2) {
      if (marks[fold(pieces[i])]) { first = i; break; }
    }
    var start = Math.max(1, first - 2 * AROUND);
    var end = Math.min(pieces.length, start + 2 * LENGTH);
    var p = document.createElement("p");
    if (start > 1) p.appendChild(document.createTextNode("… "));
    for (var j = start; j < end; j++) {
      if (j % 2 && marks[fold(pieces[j])]) {
        var mark = document.createElement("mark");
        mark.textContent = pieces[j];
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(pieces[j]));
      }
    }
    if (end < pieces.length - 1) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  function item(page, section) {
    var part = page.s[section] || page.s[0];
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(page.u + (part[0] ? "#" + part[0] : ""), root).href;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h1");
    title.textContent = page.t;
    article.appendChild(title);
    if (part[1]) {
      var heading = document.createElement("p");
      heading.className = "pd-search-heading";
      heading.textContent = part[1];
      article.appendChild(heading);
    }
    article.appendChild(passage(part[2]));
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
    return Promise.all(next.map(function (found) { return get("pages/" + found[0] + ".json"); }))
      .then(function (pages) {
        if (query !== asked) return;
        pages.forEach(function (page, at) { list.appendChild(item(page, next[at][2])); });
        more.hidden = shown.length === 0;
        busy(false);
      });
  }

  /* The filters, closed: their values are downloaded when the reader opens them. One select
     a filter, with its values in the reader's alphabet order. */
  function filterControls() {
    var details = document.createElement("details");
    details.className = "pd-search-filters";
    var summary = document.createElement("summary");
    summary.textContent = dialog.getAttribute("data-filters-label");
    details.appendChild(summary);
    var row = document.createElement("div");
    row.className = "pd-search-filters__row";
    details.appendChild(row);
    details.addEventListener("toggle", function () {
      if (!details.open || row.firstChild) return;
      get("filters.json").then(function (available) {
        if (row.firstChild) return;
        labels.forEach(function (pair) {
          var name = pair[0];
          var values = Object.keys(available[name] || {});
          if (!values.length) return;
          values.sort(function (a, b) { return a.localeCompare(b, lang); });
          var select = document.createElement("select");
          select.name = name;
          select.setAttribute("aria-label", pair[1]);
          var all = document.createElement("option");
          all.value = "";
          all.textContent = pair[1] + ": " + dialog.getAttribute("data-all");
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
          row.appendChild(select);
        });
      }).catch(function () { details.open = false; });  /* offline: opening again retries */
    });
    result.insertBefore(details, meta);
  }

  function run() {
    var text = input.value;
    var query = ++asked;
    list.textContent = "";
    shown = [];
    if (more) more.hidden = true;
    if (!text.trim()) {
      meta.textContent = dialog.getAttribute("data-placeholder");
      busy(false);
      return;
    }
    busy(true);
    search(text).then(function (found) {
      if (query !== asked) return null;
      say(found.length);
      shown = found;
      return showMore(query);
    }).catch(function () { if (query === asked) busy(false); });
  }

  more = document.createElement("button");
  more.type = "button";
  more.className = "md-button pd-search-more";
  more.textContent = dialog.getAttribute("data-more");
  more.hidden = true;
  more.addEventListener("click", function () { showMore(asked); });
  result.appendChild(more);
  filterControls();

  function open() {
    if (!toggle.checked) toggle.click();
  }

  toggle.addEventListener("change", function () {
    if (toggle.checked) input.focus();
  });
  input.addEventListener("focus", open);
  /* A query is run once the reader pauses typing, not at every letter. */
  var typed = null;
  input.addEventListener("input", function () {
    clearTimeout(typed);
    typed = setTimeout(run, WAIT);
  });
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
