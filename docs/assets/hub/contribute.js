/* What the two contribution forms share (propose.js and translate.js): their texts, the YAML
 * they write, the drafts kept in the browser, and the ways to send a file: download, copy, and
 * GitHub's new-file page only when the address fits under GitHub's limit (github/docs#5136).
 * Contributed text only ever reaches form values and textContent. */
(function () {
  "use strict";
  var data = document.getElementById("pd-form-texts");
  if (!data) return;
  var texts = JSON.parse(data.textContent);

  function fill(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (m, key) { return String(values[key]); });
  }

  /* A sentence whose values (file names, folders) are set apart as code, left to right in
   * any language, so that a right-to-left sentence keeps them whole. */
  function sentence(tag, template, values) {
    var node = el(tag, {});
    template.split(/(%\(\w+\)s)/).forEach(function (part) {
      var name = /^%\((\w+)\)s$/.exec(part);
      node.appendChild(name ? el("code", {dir: "ltr"}, String(values[name[1]]))
                            : document.createTextNode(part));
    });
    return node;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* A string as YAML reads it back unchanged: a literal block for text of several lines that
   * a block keeps exactly, JSON's quoting (valid YAML) for everything else. */
  function scalar(value, indent) {
    if (typeof value !== "string") return String(value);
    var lines = value.split("\n");
    var plainBlock = lines.length > 1 && !/^\s/.test(value) && !/\s$/.test(value) &&
      lines.every(function (line) { return !/[ \t]$/.test(line) && !/[\t\r\u0085\u2028\u2029\ufeff]/.test(line); });
    if (!plainBlock) return JSON.stringify(value);
    return "|-\n" + lines.map(function (line) { return line ? indent + "  " + line : ""; }).join("\n");
  }

  function yaml(value, indent) {
    var lines = [];
    Object.keys(value).forEach(function (key) {
      var v = value[key];
      var name = /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
      if (Array.isArray(v)) {
        lines.push(indent + name + ":");
        v.forEach(function (item) {
          if (item !== null && typeof item === "object") {
            var inner = yaml(item, indent + "    ");
            lines.push(indent + "  - " + inner.slice(indent.length + 4));
          } else {
            lines.push(indent + "  - " + scalar(item, indent + "  "));
          }
        });
      } else if (v !== null && typeof v === "object") {
        lines.push(indent + name + ":");
        lines.push(yaml(v, indent + "  "));
      } else {
        lines.push(indent + name + ": " + scalar(v, indent));
      }
    });
    return lines.join("\n");
  }

  /* ``value`` set at a dotted ``path`` of ``target`` (sources.0.url), making the parts and
   * lists on the way: a number names a place in a list. */
  function put(target, path, value) {
    var parts = path.split(".");
    var node = target;
    parts.forEach(function (part, i) {
      if (i === parts.length - 1) { node[part] = value; return; }
      if (node[part] === undefined) node[part] = /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = node[part];
    });
  }

  /* Drafts in the browser's storage; a browser that keeps none (private modes) still works. */
  var store = {
    get: function (key) {
      try { return JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { return null; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* kept nowhere */ }
    },
    drop: function (key) {
      try { window.localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
    }
  };

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function button(text, cls) { return el("button", {type: "button", "class": cls}, text); }

  /* The file and the ways to send it, in ``target``: ``repo`` is the repository's address,
   * ``folder`` the data folder, ``file`` the file's name, ``exists`` whether it is a file
   * to replace (GitHub's edit page, which takes no text from an address). */
  function offer(target, text, repo, folder, file, exists) {
    target.appendChild(el("p", {}, texts.ready));
    var area = el("textarea", {"class": "pd-form__file", rows: "12", readonly: "readonly",
                               "aria-label": texts.file, dir: "ltr"});
    area.value = text;
    target.appendChild(area);
    var actions = el("p", {"class": "pd-form__actions"});
    var download = el("a", {"class": "pd-form__download", download: file}, texts.download);
    download.href = URL.createObjectURL(new Blob([text], {type: "text/yaml;charset=utf-8"}));
    var copy = button(texts.copy, "pd-form__copy");
    var copied = el("span", {role: "status", "aria-live": "polite"});
    copy.addEventListener("click", function () {
      function done() { copied.textContent = texts.copied; }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () {
          area.select(); document.execCommand("copy"); done();
        });
      } else { area.select(); document.execCommand("copy"); done(); }
    });
    actions.appendChild(download);
    actions.appendChild(copy);
    actions.appendChild(copied);
    target.appendChild(actions);
    var base = repo.replace(/\/$/, "");
    var created = base + "/new/main/data/" + folder + "?" +
      new URLSearchParams({filename: file, value: text}).toString();
    // GitHub refuses longer addresses (the page gives the hub's limit); the whole address counts.
    if (!exists && created.length <= Number(target.closest("[data-limit]").getAttribute("data-limit"))) {
      target.appendChild(el("p", {}, "")).appendChild(
        el("a", {"class": "pd-form__open", href: created, rel: "noopener noreferrer"}, texts.open));
      return;
    }
    target.appendChild(el("p", {}, exists ? texts.replace : texts.long));
    var steps = el("ol", {"class": "pd-form__send"});
    steps.appendChild(el("li", {}, texts.save));
    var open;
    if (exists) {
      open = sentence("li", texts.edit + " ", {file: "data/" + folder + "/" + file});
      open.appendChild(el("a", {"class": "pd-form__github", href: base + "/edit/main/data/" + folder + "/" + file,
                                rel: "noopener noreferrer"}, texts.github));
    } else {
      open = sentence("li", texts["new"] + " ", {folder: "data/" + folder});
      open.appendChild(el("a", {"class": "pd-form__github", href: base + "/new/main/data/" + folder + "?" +
                                new URLSearchParams({filename: file}).toString(), rel: "noopener noreferrer"}, texts.github));
      steps.appendChild(open);
      open = sentence("li", texts.name, {file: file});
    }
    steps.appendChild(open);
    steps.appendChild(el("li", {}, texts.paste));
    target.appendChild(steps);
  }

  window.PDContribute = {texts: texts, fill: fill, el: el, sentence: sentence, yaml: yaml, put: put, store: store,
                         today: today, button: button, offer: offer};
})();
