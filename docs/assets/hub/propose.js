/* "Propose new content": the forms the page holds (made from the models at build time, one per
 * type, in the reader's language) become step-by-step forms: rows added and removed, answers
 * checked as they are typed against the rules the page carries (the JSON Schema's), a draft
 * kept in the browser, a preview, and the file with the ways to send it (contribute.js). The
 * full validator still runs on the pull request. */
(function () {
  "use strict";
  var C = window.PDContribute;
  var box = document.getElementById("pd-propose");
  if (!C || !box) return;
  var texts = C.texts;
  var chooser = document.getElementById("pd-propose-kind");
  var status = box.querySelector(".pd-form__draft");
  var LAST = "pd-draft-kind";
  var forms = {};
  Array.prototype.forEach.call(box.querySelectorAll(".pd-form"), function (form) {
    forms[form.getAttribute("data-kind")] = form;
  });
  var PLACEHOLDER = /__(\d+)__/g;
  var NAMED = ["id", "for", "name", "aria-describedby", "data-list", "data-choices"];

  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function key(form) { return "pd-draft:" + form.getAttribute("data-kind") + ":" + form.getAttribute("data-lang"); }

  /* -- rows ------------------------------------------------------------------------------- */
  function rowsOf(list) { return list.querySelector(":scope > .pd-form__rows"); }

  function renumber(root, depth, index) {
    var mark = "__" + depth + "__";
    function fix(node) {
      NAMED.forEach(function (attr) {
        var v = node.getAttribute(attr);
        if (v && v.indexOf(mark) >= 0) node.setAttribute(attr, v.split(mark).join(String(index)));
      });
    }
    fix(root);
    all(root, "*").forEach(fix);
  }

  function addRow(list, index) {
    var rows = rowsOf(list);
    if (index === undefined) {
      index = all(rows, ":scope > .pd-form__row").reduce(function (most, row) {
        return Math.max(most, Number(row.getAttribute("data-index")) + 1);
      }, 0);
    }
    var existing = rows.querySelector(":scope > [data-index='" + index + "']");
    if (existing) return existing;
    var row = list.querySelector(":scope > .pd-form__proto > .pd-form__row").cloneNode(true);
    renumber(row, list.getAttribute("data-depth"), index);
    row.setAttribute("data-index", String(index));
    rows.appendChild(row);
    return row;
  }

  /* The rows a name needs (sources.2.url needs row 2 of sources), made on the way. */
  function ensure(form, name) {
    var parts = name.split(".");
    for (var i = 1; i < parts.length; i++) {
      if (!/^\d+$/.test(parts[i])) continue;
      var list = form.querySelector("[data-list='" + parts.slice(0, i).join(".") + "']");
      if (list) addRow(list, Number(parts[i]));
    }
  }

  /* -- values ----------------------------------------------------------------------------- */
  /* The answers of a part of the form: not those of the rows' models, nor of the ratings
   * of the other checklist. */
  function controls(root) {
    return live(root, "[name]").filter(function (c) { return !c.closest(".pd-form__rating[hidden]"); });
  }

  function live(root, selector) {
    return all(root, selector).filter(function (node) { return !node.closest(".pd-form__proto"); });
  }

  function filled(control) {
    if (control.type === "checkbox") return control.checked;
    if (control.multiple) return control.selectedOptions.length > 0;
    return control.value.trim() !== "";
  }

  function typed(control, raw) {
    var kind = control.getAttribute("data-type");
    if (kind === "integer" || kind === "number") return Number(raw);
    if (kind === "boolean") return raw === "true";
    return raw;
  }

  /* Empty parts and rows left out, rows counted from 0 again. */
  function compact(value) {
    if (Array.isArray(value)) {
      return value.map(compact).filter(function (v) { return v !== undefined; });
    }
    if (value !== null && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) {
        var v = compact(value[k]);
        if (v !== undefined) out[k] = v;
      });
      return Object.keys(out).length ? out : undefined;
    }
    return value;
  }

  function collect(form) {
    var data = {};
    controls(form).forEach(function (control) {
      var name = control.getAttribute("name");
      if (control.type === "checkbox") {
        if (!control.checked) return;
        var current = lookup(data, name);
        if (!Array.isArray(current)) { current = []; C.put(data, name, current); }
        current.push(control.value);
      } else if (control.multiple) {
        var chosen = Array.prototype.map.call(control.selectedOptions, function (o) { return o.value; });
        if (chosen.length) C.put(data, name, chosen);
      } else if (filled(control)) {
        C.put(data, name, typed(control, control.value.trim()));
      }
    });
    return compact(data) || {};
  }

  function lookup(data, path) {
    return path.split(".").reduce(function (node, part) { return node === undefined ? undefined : node[part]; }, data);
  }

  /* -- checks ----------------------------------------------------------------------------- */
  function scopesFilled(control) {
    var scope = control.parentElement && control.parentElement.closest("[data-scope]");
    while (scope) {
      if (!controls(scope).some(filled)) return false;
      scope = scope.parentElement && scope.parentElement.closest("[data-scope]");
    }
    return true;
  }

  function problemOf(control) {
    if (!filled(control)) {
      return control.hasAttribute("data-required") && scopesFilled(control) ? texts.missing : "";
    }
    var v = control.validity;
    if (control.classList.contains("pd-form__slug") && v.patternMismatch) return texts.slug;
    if (v.typeMismatch) return control.type === "email" ? texts.email : texts.url;
    if (v.patternMismatch) return control.type === "url" ? texts.url : texts.pattern;
    if (v.badInput || v.stepMismatch) return texts.pattern;
    if (v.rangeUnderflow) return C.fill(texts.min, {min: control.min});
    if (v.rangeOverflow) return C.fill(texts.max, {max: control.max});
    if (v.tooLong) return C.fill(texts.max, {max: control.maxLength});
    return "";
  }

  /* Lists and sets of choices with a least number of rows or choices. */
  function countProblem(group) {
    var least = Number(group.getAttribute("data-min") || 0);
    var most = Number(group.getAttribute("data-max") || 0);
    if (!least && !most) return "";
    var inScope = !group.parentElement.closest("[data-scope]") || scopesFilled(group);
    var count;
    if (group.hasAttribute("data-list")) {
      count = all(rowsOf(group), ":scope > .pd-form__row").filter(function (row) { return controls(row).some(filled); }).length;
      if (least && count < least && inScope) return C.fill(texts.rows, {count: least});
      if (most && count > most) return C.fill(texts.most, {count: most});
      return "";
    }
    count = controls(group).reduce(function (n, c) {
      return n + (c.multiple ? c.selectedOptions.length : (c.checked ? 1 : 0));
    }, 0);
    return least && count < least && inScope ? texts.choose : "";
  }

  function show(target, problem) {
    var out = document.getElementById(target.id + "-error");
    if (!out) return;
    out.textContent = problem;
    out.hidden = !problem;
    if (target.matches("input, select, textarea")) {
      if (problem) target.setAttribute("aria-invalid", "true"); else target.removeAttribute("aria-invalid");
    }
  }

  function check(root) {
    var found = [];
    controls(root).concat(all(root, ".pd-form__slug")).forEach(function (control) {
      if (control.type === "checkbox" || control.multiple) return;
      var problem = problemOf(control);
      show(control, problem);
      if (problem) found.push([control, problem]);
    });
    live(root, "[data-list], [data-choices]").forEach(function (group) {
      if (group.closest(".pd-form__rating[hidden]")) return;
      var problem = countProblem(group);
      show(group, problem);
      if (problem) found.push([group, problem]);
    });
    return found;
  }

  function labelOf(target) {
    var label = target.id && document.querySelector("label[for='" + target.id + "']");
    if (label) return label.firstChild.textContent.trim();
    if (target.getAttribute("aria-label")) return target.getAttribute("aria-label");
    var legend = target.closest("fieldset") && target.closest("fieldset").querySelector("legend");
    return legend ? legend.firstChild.textContent.trim() : "";
  }

  /* -- the ratings step and the choices among the entity's own values --------------------- */
  function refresh(form) {
    var type = form.querySelector("[name='type']");
    var ratings = form.querySelector("[data-ratings]");
    if (ratings && type) {
      var checklist = JSON.parse(ratings.getAttribute("data-checklists"))[type.value];
      all(ratings, ".pd-form__rating").forEach(function (item) {
        item.hidden = Boolean(checklist) && item.getAttribute("data-checklist") !== checklist;
      });
    }
    live(form, "select[data-among]").forEach(function (select) {
      var field = select.getAttribute("data-among");
      var current = select.value;
      var options = controls(form).filter(function (c) {
        return new RegExp("^" + field + "\\.\\d+\\.url$").test(c.name) && filled(c);
      }).map(function (c) {
        var title = form.querySelector("[name='" + c.name.replace(/url$/, "title") + "']");
        return [c.value.trim(), title && title.value.trim() ? title.value.trim() : c.value.trim()];
      });
      if (current && !options.some(function (o) { return o[0] === current; })) options.push([current, current]);
      while (select.options.length > 1) select.remove(1);
      options.forEach(function (o) { select.appendChild(C.el("option", {value: o[0]}, o[1])); });
      select.value = current;
    });
  }

  /* -- drafts ----------------------------------------------------------------------------- */
  function snapshot(form) {
    var values = [];
    controls(form).forEach(function (control) {
      if (control.type === "checkbox") { if (control.checked) values.push([control.name, control.value]); }
      else if (control.multiple) {
        Array.prototype.forEach.call(control.selectedOptions, function (o) { values.push([control.name, o.value]); });
      } else if (filled(control)) values.push([control.name, control.value]);
    });
    var rows = live(form, ".pd-form__row").map(function (row) {
      var list = row.closest("[data-list]");
      return list.getAttribute("data-list") + "." + row.getAttribute("data-index");
    });
    return {step: Number(form.getAttribute("data-current") || 0), rows: rows, values: values,
            slug: form.querySelector(".pd-form__slug").value};
  }

  function restore(form, draft) {
    draft.rows.forEach(function (path) { ensure(form, path + ".x"); });
    draft.values.forEach(function (pair) { ensure(form, pair[0]); });
    refresh(form);
    draft.values.forEach(function (pair) {
      all(form, "[name='" + pair[0].replace(/'/g, "") + "']").forEach(function (control) {
        if (control.type === "checkbox") { if (control.value === pair[1]) control.checked = true; }
        else if (control.multiple) {
          Array.prototype.forEach.call(control.options, function (o) { if (o.value === pair[1]) o.selected = true; });
        } else control.value = pair[1];
      });
    });
    refresh(form);
    form.querySelector(".pd-form__slug").value = draft.slug || "";
    go(form, Math.min(draft.step || 0, steps(form).length - 1), false);
  }

  var timer = null;
  function keep(form) {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { C.store.set(key(form), snapshot(form)); }, 250);
  }

  function reset(form) {
    C.store.drop(key(form));
    all(form, ".pd-form__rows").forEach(function (rows) { rows.textContent = ""; });
    controls(form).concat(all(form, ".pd-form__slug")).forEach(function (control) {
      if (control.type === "checkbox") control.checked = false;
      else if (control.multiple) Array.prototype.forEach.call(control.options, function (o) { o.selected = false; });
      else control.value = "";
    });
    start(form);
    go(form, 0, true);
  }

  /* -- steps ------------------------------------------------------------------------------ */
  function steps(form) { return all(form, ":scope > .pd-form__step"); }

  function go(form, index, focus) {
    var list = steps(form);
    list.forEach(function (step, i) { step.hidden = i !== index; });
    form.setAttribute("data-current", String(index));
    var nav = form.querySelector(".pd-form__nav");
    nav.querySelector(".pd-form__progress").textContent = C.fill(texts.step, {number: index + 1, count: list.length});
    var bar = nav.querySelector("progress");
    bar.max = list.length; bar.value = index + 1;
    nav.querySelector(".pd-form__back").hidden = index === 0;
    nav.querySelector(".pd-form__next").hidden = index === list.length - 1;
    refresh(form);
    if (list[index].getAttribute("data-step") === "save") prepare(form);
    if (focus) list[index].querySelector("h3").focus();
  }

  function slugFrom(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  }

  /* The last step: every answer checked; then the preview and the file. */
  function prepare(form) {
    var result = form.querySelector(".pd-form__result");
    result.textContent = "";
    var slug = form.querySelector(".pd-form__slug");
    var title = form.querySelector("[name='title'], [name='name']");
    if (!slug.value && title) slug.value = slugFrom(title.value);
    var found = check(form);
    if (found.length) {
      result.appendChild(C.el("p", {}, texts.problems));
      var list = C.el("ul", {"class": "pd-form__problems"});
      found.forEach(function (pair) {
        var item = C.el("li", {});
        var link = C.el("a", {href: "#" + pair[0].id}, labelOf(pair[0]) + ": " + pair[1]);
        link.addEventListener("click", function (event) {
          event.preventDefault();
          var step = pair[0].closest(".pd-form__step");
          go(form, steps(form).indexOf(step), false);
          (pair[0].matches("fieldset") ? pair[0].querySelector("input, select, button") : pair[0]).focus();
        });
        item.appendChild(link);
        list.appendChild(item);
      });
      result.appendChild(list);
      return;
    }
    var kind = form.getAttribute("data-kind");
    var data = collect(form);
    data.source_lang = form.getAttribute("data-lang");
    data.updated = C.today();
    result.appendChild(C.el("h4", {}, texts.preview));
    result.appendChild(preview(form));
    var text = "# yaml-language-server: $schema=../../schemas/" + kind + ".schema.json\n" +
      C.yaml(data, "") + "\n";
    C.offer(result, text, box.getAttribute("data-repo"), kind, slug.value + ".yaml", false);
  }

  /* The answers as a reader will see them: the steps' titles, each answer under its label,
   * choices by their names; text only (nothing contributed becomes markup). */
  function preview(form) {
    var out = C.el("div", {"class": "pd-form__preview"});
    steps(form).forEach(function (step) {
      if (step.getAttribute("data-step") === "save") return;
      var shown = controls(step).filter(filled);
      if (!shown.length) return;
      out.appendChild(C.el("h5", {}, step.querySelector("h3").textContent));
      var list = C.el("dl", {});
      shown.forEach(function (control) {
        var label = control.type === "checkbox" || control.multiple ? labelOf(control.closest("fieldset")) : labelOf(control);
        var row = control.closest(".pd-form__row");
        var group = control.closest(".pd-form__rating, .pd-form__group");
        if (group && group.querySelector("legend")) label = group.querySelector("legend").textContent.trim() + " · " + label;
        if (row) label = labelOf(row.closest("[data-list]")) + " " + (all(row.parentElement, ":scope > .pd-form__row").indexOf(row) + 1) + " · " + label;
        var value;
        if (control.type === "checkbox") value = control.parentElement.textContent.trim();
        else if (control.multiple) value = Array.prototype.map.call(control.selectedOptions, function (o) { return o.textContent; }).join(", ");
        else if (control.tagName === "SELECT") value = control.selectedOptions[0].textContent;
        else value = control.value.trim();
        list.appendChild(C.el("dt", {}, label));
        value.split(/\n{2,}/).forEach(function (para) { list.appendChild(C.el("dd", {dir: "auto"}, para)); });
      });
      out.appendChild(list);
    });
    return out;
  }

  function start(form) {
    live(form, "[data-list]").forEach(function (list) {
      var least = Number(list.getAttribute("data-min"));
      for (var i = rowsOf(list).children.length; i < least; i++) addRow(list);
    });
    refresh(form);
  }

  function build(form) {
    var nav = C.el("div", {"class": "pd-form__nav"});
    nav.appendChild(C.el("p", {"class": "pd-form__progress", "aria-live": "polite"}));
    nav.appendChild(C.el("progress", {"aria-hidden": "true"}));
    var back = C.button(texts.back, "pd-form__back");
    var next = C.button(texts.next, "pd-form__next");
    var discard = C.button(texts.discard, "pd-form__discard");
    nav.appendChild(back); nav.appendChild(next); nav.appendChild(discard);
    form.appendChild(nav);
    all(form, ".pd-form__step > h3").forEach(function (h) { h.setAttribute("tabindex", "-1"); });
    var again = C.button(texts.check, "pd-form__prepare");
    var result = form.querySelector(".pd-form__result");
    result.parentElement.insertBefore(again, result);
    again.addEventListener("click", function () { prepare(form); });
    back.addEventListener("click", function () { go(form, Number(form.getAttribute("data-current")) - 1, true); keep(form); });
    next.addEventListener("click", function () {
      var index = Number(form.getAttribute("data-current"));
      var found = check(steps(form)[index]);
      if (found.length) { (found[0][0].matches("fieldset") ? found[0][0].querySelector("input, select, button") : found[0][0]).focus(); return; }
      go(form, index + 1, true);
      keep(form);
    });
    discard.addEventListener("click", function () { reset(form); status.textContent = texts.discarded; });
    form.addEventListener("click", function (event) {
      var target = event.target;
      if (target.classList.contains("pd-form__add")) {
        var row = addRow(target.closest("[data-list]"));
        start(row);
        var first = row.querySelector("input, select, textarea");
        if (first) first.focus();
        keep(form);
      } else if (target.classList.contains("pd-form__remove")) {
        var list = target.closest("[data-list]");
        target.closest(".pd-form__row").remove();
        list.querySelector(".pd-form__add").focus();
        refresh(form);
        keep(form);
      }
    });
    function changed(event) {
      var control = event.target;
      if (control.matches("input:not([type=checkbox]), textarea, select:not([multiple])")) show(control, problemOf(control));
      var group = control.closest("[data-choices]");
      if (group) show(group, countProblem(group));
      if (control.name === "type" || /\.(url|title)$/.test(control.name)) refresh(form);
      keep(form);
    }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
  }

  function choose(kind) {
    Object.keys(forms).forEach(function (k) { forms[k].hidden = k !== kind; });
    C.store.set(LAST, kind);
  }

  Object.keys(forms).forEach(function (kind) {
    var form = forms[kind];
    build(form);
    var draft = C.store.get(key(form));
    if (draft && draft.values) {
      restore(form, draft);
      status.textContent = texts.restored;
    } else {
      start(form);
      go(form, 0, false);
      status.textContent = texts.kept;
    }
  });
  var last = C.store.get(LAST);
  if (forms[last]) chooser.value = last;
  chooser.addEventListener("change", function () { choose(chooser.value); });
  choose(chooser.value);
  box.hidden = false;
})();
