/* "Plan your assembly" (progressive enhancement over the printable checklist of the page).
 * The reader's design and dates turn the lead times into dates: each item's date counted back
 * from the first meeting, the follow-up counted forward from the report. The plan lives in the
 * page's address, so it can be shared and restored; it prints as the page does; and it gives a
 * draft case file with status "planned", made from the template of `partdem new cases`.
 * Address values are untrusted: each is checked against what the page offers, and text only
 * ever goes into form values and textContent. */
(function () {
  "use strict";
  var box = document.getElementById("pd-plan");
  if (!box) return;
  var data = JSON.parse(document.getElementById("pd-plan-data").textContent);
  var form = document.getElementById("pd-plan-form");
  var status = document.getElementById("pd-plan-status");
  var summary = document.getElementById("pd-plan-summary");
  var sections = Array.prototype.slice.call(document.querySelectorAll(".pd-plan[data-checklist]"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".pd-plan input[name=done]"));
  var designs = {};
  data.designs.forEach(function (d) { designs[d.slug] = d; });
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var locale = (document.documentElement.lang || "en") + "-u-nu-latn";
  var shown = new Intl.DateTimeFormat(locale, {year: "numeric", month: "long", day: "numeric", timeZone: "UTC"});

  function fmt(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_, name) { return values[name]; });
  }

  /* A day as a UTC date, or null if it is not a real YYYY-MM-DD day. */
  function day(value) {
    var m = DAY.exec(value || "");
    if (!m) return null;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : null;
  }

  function iso(d) { return d.toISOString().slice(0, 10); }

  /* Months later, on the same day of the month or the month's last (as dateutil counts). */
  function addMonths(d, months) {
    var y = d.getUTCFullYear(), m = d.getUTCMonth() + months;
    var last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
  }

  function months(value) {
    var n = Number(value);
    return /^\d{1,3}$/.test(value || "") && n >= 1 && n <= 120 ? n : null;
  }

  /* The plan as the address gives it, keeping only what the page offers. */
  function fromAddress() {
    var params = new URLSearchParams(location.search);
    var offered = {};
    boxes.forEach(function (b) { offered[b.value] = true; });
    return {
      design: designs[params.get("design")] ? params.get("design") : "",
      start: day(params.get("start")) ? params.get("start") : "",
      end: day(params.get("end")) ? params.get("end") : "",
      respond: months(params.get("respond")) ? params.get("respond") : "",
      title: (params.get("title") || "").slice(0, 200),
      done: (params.get("done") || "").split(",").filter(function (id) { return offered[id]; })
    };
  }

  // The fields are not in a <form>: nothing of the page's content may submit anywhere.
  function field(name) { return document.getElementById("pd-plan-" + name); }

  function fromForm() {
    return {
      design: field("design").value, start: field("start").value, end: field("end").value,
      respond: months(field("respond").value) ? field("respond").value : "",
      title: field("title").value,
      done: boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; })
        .filter(function (id, i, all) { return all.indexOf(id) === i; })
    };
  }

  function toAddress(plan) {
    var params = new URLSearchParams();
    ["design", "start", "end", "respond", "title"].forEach(function (key) {
      if (plan[key]) params.set(key, plan[key]);
    });
    if (plan.done.length) params.set("done", plan.done.join(","));
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  /* A lead time with its date, when the reader's dates give one: "<time>date</time> (when)". */
  function dated(el, d) {
    if (el.dataset.when === undefined) el.dataset.when = el.textContent;
    el.textContent = "";
    if (!d) {
      el.textContent = el.dataset.when;
      return;
    }
    var time = document.createElement("time");
    time.setAttribute("datetime", iso(d));
    time.textContent = shown.format(d);
    var parts = data.texts.dated.split("%(date)s");
    el.append(parts[0], time, fmt(parts.slice(1).join(""), {when: el.dataset.when}));
  }

  function show(plan) {
    var design = designs[plan.design];
    sections.forEach(function (s) { s.hidden = !!design && s.dataset.checklist !== design.checklist; });
    var start = day(plan.start), end = day(plan.end);
    document.querySelectorAll(".pd-plan [data-weeks-before]").forEach(function (el) {
      dated(el, start && new Date(start.getTime() - 7 * 86400000 * Number(el.dataset.weeksBefore)));
    });
    document.querySelectorAll(".pd-plan [data-after-months]").forEach(function (el) {
      var n = el.dataset.afterMonths === "respond" ? months(plan.respond) : Number(el.dataset.afterMonths);
      dated(el, end && n ? addMonths(end, n) : null);
    });
    boxes.forEach(function (b) { b.checked = plan.done.indexOf(b.value) >= 0; });
    status.textContent = design ? "" : data.texts.choose;
    // What the printed plan says of itself, where the form does not print.
    var lines = [plan.title];
    if (design) lines.push(fmt(data.texts.design, {design: design.title}));
    if (start) lines.push(fmt(data.texts.start, {date: shown.format(start)}));
    if (end) lines.push(fmt(data.texts.end, {date: shown.format(end)}));
    // Each part isolated: a Latin name on an Arabic page keeps its place in the line.
    summary.textContent = "";
    lines.filter(Boolean).forEach(function (line, i) {
      if (i) summary.append(" · ");
      var part = document.createElement("bdi");
      part.textContent = line;
      summary.append(part);
    });
  }

  function fill(plan) {
    ["design", "start", "end", "respond", "title"].forEach(function (key) { field(key).value = plan[key]; });
  }

  /* The draft case file: the template of a new case with what the plan knows filled in. */
  function draft(plan) {
    var text = data.draft;
    function set(key, value) {
      var line = new RegExp("^(# )?" + key + ":.*$", "m");
      text = text.replace(line, key + ": " + value);
    }
    var design = designs[plan.design];
    if (plan.title) set("title", JSON.stringify(plan.title));
    if (design) { set("type", design.type); set("design", design.slug); }
    if (plan.start) set("start", plan.start);
    if (plan.end) set("end", plan.end);
    set("status", "planned");
    set("updated", iso(new Date()));
    var slug = plan.title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "") || data.slug;
    text = text.split(data.slug).join(slug);
    return {name: slug + ".yaml", text: text};
  }

  function update() {
    var plan = fromForm();
    toAddress(plan);
    show(plan);
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  boxes.forEach(function (b) {
    b.addEventListener("change", function () {
      // A partner's box is in both checklists: keep its twin in step.
      boxes.forEach(function (other) { if (other.value === b.value) other.checked = b.checked; });
      update();
    });
  });
  document.getElementById("pd-plan-print").addEventListener("click", function () { window.print(); });
  document.getElementById("pd-plan-copy").addEventListener("click", function () {
    var done = function () { status.textContent = data.texts.copied; };
    var failed = function () { status.textContent = data.texts.copy_failed; };
    if (navigator.clipboard) navigator.clipboard.writeText(location.href).then(done, failed);
    else failed();
  });
  document.getElementById("pd-plan-draft").addEventListener("click", function () {
    var file = draft(fromForm());
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([file.text], {type: "text/yaml"}));
    link.download = file.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  var plan = fromAddress();
  fill(plan);
  show(plan);
  box.hidden = false;
})();
