/* "Translate in the browser": the entity named in the address (?type=cases&slug=...), field by
 * field beside its original, pre-filled with the existing translation; an outdated one shows
 * what changed in the original since, word by word. The result is the translation file with the
 * original's fingerprint and reviewed: false, sent by the ways of contribute.js. Only names the
 * page lists are accepted from the address; texts only reach form values and textContent. */
(function () {
  "use strict";
  var C = window.PDContribute;
  var box = document.getElementById("pd-translate");
  if (!C || !box) return;
  var texts = C.texts;
  var data = JSON.parse(document.getElementById("pd-translate-data").textContent);
  var lang = box.getAttribute("data-lang");
  var status = box.querySelector(".pd-form__draft");
  var list = box.querySelector(".pd-translate__fields");
  var result = box.querySelector(".pd-form__result");
  var params = new URLSearchParams(window.location.search);
  var type = params.get("type") || "";
  var slug = params.get("slug") || "";
  box.hidden = false;
  box.parentElement.querySelector(".pd-translate__nojs").hidden = true;  // what to do without it

  function fail() { status.textContent = texts.unknown; }

  if (!Object.prototype.hasOwnProperty.call(data.labels, type) ||
      !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) { fail(); return; }

  var key = "pd-translate:" + type + ":" + slug + ":" + lang;

  /* Positions a translation skips (a session without a place) are kept, as {} or "". */
  function dense(value) {
    if (Array.isArray(value)) {
      var out = [];
      for (var i = 0; i < value.length; i++) out.push(value[i] === undefined ? {} : dense(value[i]));
      return out;
    }
    if (value !== null && typeof value === "object") {
      var copy = {};
      Object.keys(value).forEach(function (k) { copy[k] = dense(value[k]); });
      return copy;
    }
    return value;
  }

  function render(packet) {
    if (packet.source_lang === lang) { fail(); return; }
    var existing = packet.translations[lang] || null;
    var draft = C.store.get(key);
    var file = slug + "." + lang + ".yaml";
    var heading = C.el("h2", {}, C.fill(texts.source, {language: data.languages[packet.source_lang]}) +
                       " · " + C.fill(texts.target, {language: data.languages[lang]}));
    var direction = data.rtl.indexOf(packet.source_lang) >= 0 ? "rtl" : "ltr";
    list.appendChild(heading);
    list.appendChild(C.sentence("p", texts.name, {file: "data/" + type + "/" + file}));
    if (existing && existing.status === "outdated") list.appendChild(C.el("p", {"class": "pd-translate__outdated"}, texts.outdated));
    var controls = [];
    packet.fields.forEach(function (field, i) {
      var path = field[0];
      var label = data.labels[type][field[1]];
      var id = "pd-tr-" + i;
      var pair = C.el("div", {"class": "pd-translate__pair"});
      var index = path.match(/\.(\d+)(\.|$)/);
      pair.appendChild(C.el("label", {"class": "pd-translate__label", "for": id},
                            label[0] + (index ? " " + (Number(index[1]) + 1) : "")));
      var source = C.el("div", {"class": "pd-translate__source", lang: packet.source_lang, dir: direction});
      source.appendChild(C.el("span", {"class": "pd-sr"}, C.fill(texts.source, {language: data.languages[packet.source_lang]}) + ": "));
      var changed = existing && existing.changed && existing.changed[path];
      if (changed) {
        source.appendChild(C.el("strong", {}, texts.changed + " "));
        changed.forEach(function (part) {
          source.appendChild(C.el(part[0] === "+" ? "ins" : part[0] === "-" ? "del" : "span", {}, part[1]));
        });
      } else {
        source.appendChild(document.createTextNode(field[2]));
      }
      pair.appendChild(source);
      var control = C.el(label[1] ? "textarea" : "input", {id: id, lang: lang, dir: "auto",
        "aria-describedby": id + "-error", "data-path": path});
      if (label[1]) control.setAttribute("rows", String(Math.min(12, Math.max(3, field[2].split("\n").length + 1))));
      else control.setAttribute("type", "text");
      control.value = draft && draft.values && typeof draft.values[path] === "string" ? draft.values[path]
        : (existing && existing.text[path]) || "";
      pair.appendChild(control);
      pair.appendChild(C.el("small", {"class": "pd-form__error", id: id + "-error", hidden: "hidden"}));
      list.appendChild(pair);
      controls.push(control);
    });
    status.textContent = draft ? texts.restored : texts.kept;

    var timer = null;
    list.addEventListener("input", function (event) {
      var control = event.target;
      if (control.value.trim()) showProblem(control, "");
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var values = {};
        controls.forEach(function (c) { values[c.getAttribute("data-path")] = c.value; });
        C.store.set(key, {values: values});
      }, 250);
    });

    var actions = C.el("p", {"class": "pd-form__actions"});
    var go = C.button(texts.check, "pd-form__next");
    var discard = C.button(texts.discard, "pd-form__discard");
    actions.appendChild(go);
    actions.appendChild(discard);
    list.appendChild(actions);
    discard.addEventListener("click", function () {
      C.store.drop(key);
      controls.forEach(function (c) { c.value = (existing && existing.text[c.getAttribute("data-path")]) || ""; });
      result.textContent = "";
      status.textContent = texts.discarded;
    });
    go.addEventListener("click", function () {
      result.textContent = "";
      var missing = controls.filter(needed);
      controls.forEach(function (c) { showProblem(c, missing.indexOf(c) >= 0 ? texts.missing : ""); });
      if (missing.length) { missing[0].focus(); return; }
      var text = {};
      controls.forEach(function (c) { if (c.value.trim()) C.put(text, c.getAttribute("data-path"), c.value.trim()); });
      var out = {source_fingerprint: packet.fingerprint, reviewed: false};
      text = dense(text);
      Object.keys(text).forEach(function (k) { out[k] = text[k]; });
      var yaml = "# Translation of " + slug + ".yaml into '" + lang + "', made in the browser.\n" +
        C.yaml(out, "") + "\n";
      C.offer(result, yaml, box.getAttribute("data-repo"), type, file, Boolean(existing));
      result.querySelector("textarea").focus();
    });
  }

  /* A field left empty shows the original on the page; but the texts of a list (a module's
   * objectives, a question's choices) match by position, so one translated needs them all, and
   * a file needs one text at least. */
  function needed(control) {
    if (control.value.trim()) return false;
    var all = Array.prototype.slice.call(list.querySelectorAll("[data-path]"));
    var group = control.getAttribute("data-path").match(/^(.*)\.\d+$/);
    if (group) {
      return all.some(function (c) {
        var other = c.getAttribute("data-path").match(/^(.*)\.\d+$/);
        return other && other[1] === group[1] && c.value.trim();
      });
    }
    return !all.some(function (c) { return c.value.trim(); }) && control === all[0];
  }

  function showProblem(control, problem) {
    var out = document.getElementById(control.id + "-error");
    out.textContent = problem;
    out.hidden = !problem;
    if (problem) control.setAttribute("aria-invalid", "true"); else control.removeAttribute("aria-invalid");
  }

  fetch(box.getAttribute("data-packets") + type + "/" + slug + ".json")
    .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
    .then(render, fail);
})();
