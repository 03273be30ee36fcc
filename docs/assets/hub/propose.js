/* "Propose new content" (progressive enhancement over the written instructions of the page).
 * The form is built from the published JSON Schema of the chosen type, so it always asks for
 * what the validator expects. It checks the answers against that schema, writes the YAML file,
 * and opens the repository's "create new file" page with the file name and content filled in,
 * so a person with a GitHub account but no git can open a pull request. The full validator
 * still runs on the pull request. */
(function () {
  "use strict";
  var box = document.getElementById("pd-propose");
  if (!box) return;
  var texts = JSON.parse(document.getElementById("pd-propose-texts").textContent);
  var schema = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* The schema of a property without its "or null" alternative, and with $ref resolved. */
  function plain(prop) {
    if (prop.anyOf) {
      var options = prop.anyOf.filter(function (p) { return p.type !== "null"; });
      if (options.length === 1) prop = Object.assign({}, prop, options[0]);
    }
    if (prop.$ref) prop = Object.assign({}, schema.$defs[prop.$ref.split("/").pop()], prop);
    return prop;
  }

  function input(name, prop, required) {
    prop = plain(prop);
    var id = "pd-f-" + name.replace(/\W/g, "-");
    var wrap = el("p", {"class": "pd-propose__field", "data-name": name});
    var label = el("label", {"for": id}, name + (required ? " *" : ""));
    wrap.appendChild(label);
    var field;
    if (prop.enum) {
      field = el("select", {id: id});
      field.appendChild(el("option", {value: ""}, "—"));
      prop.enum.forEach(function (v) { field.appendChild(el("option", {value: v}, v)); });
    } else if (prop.type === "array" && plain(prop.items || {}).enum) {
      field = el("select", {id: id, multiple: "multiple", size: "4"});
      plain(prop.items).enum.forEach(function (v) { field.appendChild(el("option", {value: v}, v)); });
    } else if (prop.type === "boolean") {
      field = el("select", {id: id});
      ["", "true", "false"].forEach(function (v) { field.appendChild(el("option", {value: v}, v || "—")); });
    } else if (prop["x-text"] === "markdown") {
      field = el("textarea", {id: id, rows: "4"});
    } else {
      var type = prop.format === "date" ? "date" : (prop.type === "integer" || prop.type === "number") ? "number" : prop.format === "uri" ? "url" : "text";
      field = el("input", {id: id, type: type});
      if (prop.type === "array") field.setAttribute("placeholder", texts.commas);
    }
    field.setAttribute("aria-describedby", id + "-help");
    wrap.appendChild(field);
    wrap.appendChild(el("small", {id: id + "-help", "class": "pd-propose__help"}, prop.description || ""));
    return wrap;
  }

  /* One field per simple property; objects become fieldsets; lists of objects (sources,
   * links) get rows that can be added. Fields the form cannot offer stay in the file for
   * the contributor to fill in on GitHub. */
  function fields(target, props, required, prefix) {
    Object.keys(props).forEach(function (name) {
      var prop = plain(props[name]);
      var full = prefix + name;
      var needed = required.indexOf(name) >= 0;
      if (prop.properties) {
        var set = el("fieldset", {"data-object": full});
        set.appendChild(el("legend", {}, name + (needed ? " *" : "")));
        fields(set, prop.properties, prop.required || [], full + ".");
        target.appendChild(set);
      } else if (prop.type === "array" && prop.items && plain(prop.items).properties) {
        var list = el("fieldset", {"data-list": full});
        list.appendChild(el("legend", {}, name + (needed ? " *" : "")));
        var item = plain(prop.items);
        var add = el("button", {type: "button"}, texts.add);
        add.addEventListener("click", function () {
          var row = el("div", {"class": "pd-propose__row"});
          fields(row, item.properties, item.required || [], full + "[]" + ".");
          list.insertBefore(row, add);
        });
        list.appendChild(add);
        target.appendChild(list);
        if (needed) add.click();
      } else if (prop.type === "object") {
        return;  // free-form mappings (benchmark ratings) are written on GitHub
      } else {
        target.appendChild(input(full, prop, needed));
      }
    });
  }

  function value(field, prop) {
    prop = plain(prop);
    if (field.multiple) {
      return Array.prototype.filter.call(field.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; });
    }
    var raw = field.value.trim();
    if (raw === "") return undefined;
    if (prop.type === "boolean") return raw === "true";
    if (prop.type === "integer" || prop.type === "number") return Number(raw);
    if (prop.type === "array") return raw.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    return raw;
  }

  function collect(container, props, prefix, required) {
    var data = {};
    Object.keys(props).forEach(function (name) {
      var prop = plain(props[name]);
      var full = prefix + name;
      if (prop.properties) {
        var set = container.querySelector("[data-object='" + full + "']");
        if (set) {
          var inner = collect(set, prop.properties, full + ".", prop.required || []);
          if (Object.keys(inner).length || required.indexOf(name) >= 0) data[name] = inner;
        }
      } else if (prop.type === "array" && prop.items && plain(prop.items).properties) {
        var list = container.querySelector("[data-list='" + full + "']");
        if (!list) return;
        var rows = Array.prototype.map.call(list.querySelectorAll(".pd-propose__row"), function (row) {
          return collect(row, plain(prop.items).properties, full + "[]" + ".", []);
        }).filter(function (row) { return Object.keys(row).length; });
        if (rows.length) data[name] = rows;
      } else {
        var wrap = container.querySelector("[data-name='" + full + "']");
        if (!wrap) return;
        var v = value(wrap.querySelector("input, select, textarea"), prop);
        if (v !== undefined && !(Array.isArray(v) && v.length === 0)) data[name] = v;
      }
    });
    return data;
  }

  /* The checks of the JSON Schema that the form's answers can break. */
  function check(data, node, path, problems) {
    node = plain(node);
    (node.required || []).forEach(function (name) {
      if (data[name] === undefined) problems.push(texts.missing.replace("%(name)s", path + name));
    });
    Object.keys(data).forEach(function (name) {
      var prop = node.properties && node.properties[name];
      if (!prop) return;
      prop = plain(prop);
      var v = data[name];
      var where = path + name;
      var values = Array.isArray(v) ? v : [v];
      if (prop.type === "array" && prop.minItems && v.length < prop.minItems) {
        problems.push(texts.missing.replace("%(name)s", where));
      }
      values.forEach(function (item) {
        var rule = prop.type === "array" ? plain(prop.items || {}) : prop;
        if (rule.properties) { check(item, rule, where + ".", problems); return; }
        if (rule.enum && rule.enum.indexOf(item) < 0) problems.push(texts.invalid.replace("%(name)s", where));
        if (rule.pattern && typeof item === "string" && !new RegExp(rule.pattern).test(item)) {
          problems.push(texts.invalid.replace("%(name)s", where));
        }
        if (typeof item === "number" && ((rule.minimum !== undefined && item < rule.minimum) ||
                                         (rule.maximum !== undefined && item > rule.maximum))) {
          problems.push(texts.invalid.replace("%(name)s", where));
        }
      });
    });
    return problems;
  }

  /* YAML that the hub's loader reads back: strings quoted JSON-style (valid YAML). */
  function scalar(v) { return typeof v === "string" ? JSON.stringify(v) : String(v); }

  function yaml(data, indent) {
    var lines = [];
    Object.keys(data).forEach(function (key) {
      var v = data[key];
      if (Array.isArray(v)) {
        lines.push(indent + key + ":");
        v.forEach(function (item) {
          if (item !== null && typeof item === "object") {
            var inner = yaml(item, indent + "    ").split("\n");
            inner[0] = indent + "  - " + inner[0].slice(indent.length + 4);
            lines.push(inner.join("\n"));
          } else {
            lines.push(indent + "  - " + scalar(item));
          }
        });
      } else if (v !== null && typeof v === "object") {
        lines.push(indent + key + ":" + (Object.keys(v).length ? "" : " {}"));
        if (Object.keys(v).length) lines.push(yaml(v, indent + "  "));
      } else {
        lines.push(indent + key + ": " + scalar(v));
      }
    });
    return lines.join("\n");
  }

  var form = el("form", {"class": "pd-propose__form"});
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var kind = el("select", {id: "pd-propose-kind"});
  texts.kinds.forEach(function (k) { kind.appendChild(el("option", {value: k[0]}, k[1])); });
  var slug = el("input", {id: "pd-propose-slug", type: "text", pattern: "[a-z0-9]+(-[a-z0-9]+)*"});
  var head = el("p", {});
  head.appendChild(el("label", {"for": "pd-propose-kind"}, texts.kind));
  head.appendChild(kind);
  head.appendChild(el("label", {"for": "pd-propose-slug"}, texts.slug));
  head.appendChild(slug);
  form.appendChild(head);
  var body = el("div", {"class": "pd-propose__fields"});
  form.appendChild(body);
  var go = el("button", {type: "button", "class": "pd-propose__go"}, texts.check);
  form.appendChild(go);
  var report = el("div", {"class": "pd-propose__report", role: "status", "aria-live": "polite"});
  form.appendChild(report);
  var output = el("textarea", {id: "pd-propose-yaml", rows: "12", readonly: "readonly",
                               "aria-label": texts.yaml});
  var open = el("a", {"class": "pd-propose__open", rel: "noopener noreferrer", target: "_blank"}, texts.open);
  box.appendChild(form);
  box.hidden = false;

  function load() {
    var url = box.getAttribute("data-schemas") + kind.value + ".schema.json";
    fetch(url).then(function (r) { return r.json(); }).then(function (s) {
      schema = s;
      body.textContent = "";
      fields(body, schema.properties, schema.required || [], "");
      report.textContent = "";
    });
  }
  kind.addEventListener("change", load);
  go.addEventListener("click", function () {
    var data = collect(body, schema.properties, "", schema.required || []);
    var problems = check(data, schema, "", []);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug.value)) problems.unshift(texts.badslug);
    report.textContent = "";
    if (problems.length) {
      var list = el("ul", {"class": "pd-propose__problems"});
      problems.forEach(function (p) { list.appendChild(el("li", {}, p)); });
      report.appendChild(list);
      return;
    }
    var text = "# yaml-language-server: $schema=../../schemas/" + kind.value + ".schema.json\n" +
      yaml(data, "") + "\n";
    output.value = text;
    var params = new URLSearchParams({filename: slug.value + ".yaml", value: text});
    open.href = box.getAttribute("data-repo") + "/new/main/data/" + kind.value + "?" + params.toString();
    report.appendChild(el("p", {}, texts.ready));
    report.appendChild(output);
    report.appendChild(open);
  });
  load();
})();
