/* The design and tool chooser (progressive enhancement). The questions, the rules and which
 * designs and tools each rule rules out are computed at build time from the hub's data and
 * given as JSON; this script only asks, keeps the answers in the address, and shows what fits
 * and why the rest does not. Without JavaScript the rules table below says the same. */
(function () {
  "use strict";
  var box = document.getElementById("pd-chooser");
  if (!box) return;
  var data = JSON.parse(document.getElementById("pd-chooser-data").textContent);
  var texts = data.texts;
  var params = new URLSearchParams(window.location.search);
  var answers = {};

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var form = el("form", {"class": "pd-chooser__form"});
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.appendChild(el("p", {}, texts.intro));
  data.questions.forEach(function (question) {
    var id = "pd-q-" + question.id;
    var wrap = el("p", {"class": "pd-chooser__question"});
    wrap.appendChild(el("label", {"for": id}, question.text));
    var select = el("select", {id: id, name: question.id});
    select.appendChild(el("option", {value: ""}, texts.any));
    question.options.forEach(function (option) {
      select.appendChild(el("option", {value: option.id}, option.text));
    });
    var given = params.get(question.id);
    if (given && question.options.some(function (o) { return o.id === given; })) {
      select.value = given;
      answers[question.id] = given;
    }
    select.addEventListener("change", function () {
      if (select.value) answers[question.id] = select.value; else delete answers[question.id];
      update();
    });
    wrap.appendChild(select);
    form.appendChild(wrap);
  });
  var reset = el("button", {type: "button"}, texts.reset);
  reset.addEventListener("click", function () {
    answers = {};
    form.querySelectorAll("select").forEach(function (s) { s.value = ""; });
    update();
  });
  form.appendChild(reset);
  var results = el("div", {"class": "pd-chooser__results", "aria-live": "polite"});
  box.appendChild(form);
  box.appendChild(results);
  box.hidden = false;

  function section(kind, title) {
    var reasons = {};
    data.rules.forEach(function (rule) {
      if (rule.target !== kind || answers[rule.question] !== rule.answer) return;
      rule.excludes.forEach(function (slug) { (reasons[slug] = reasons[slug] || []).push(rule.reason); });
    });
    var part = el("section", {"class": "pd-chooser__" + kind});
    part.appendChild(el("h3", {}, title));
    var fits = el("ul", {"class": "pd-chooser__fits"});
    var unfit = el("ul", {"class": "pd-chooser__unfit"});
    data[kind].forEach(function (item) {
      var li = el("li", {"data-slug": item.slug});
      var link = el("a", {href: item.href}, item.title);
      li.appendChild(el("span", {"class": "pd-chooser__mark", "aria-hidden": "true"},
                        reasons[item.slug] ? "✗ " : "✓ "));
      li.appendChild(link);
      if (reasons[item.slug]) {
        li.appendChild(document.createTextNode(" — " + reasons[item.slug].join(" ")));
        unfit.appendChild(li);
      } else {
        if (kind === "designs") {
          li.appendChild(document.createTextNode(" · "));
          li.appendChild(el("a", {href: data.plan + "?design=" + encodeURIComponent(item.slug)}, texts.plan));
        }
        fits.appendChild(li);
      }
    });
    part.appendChild(el("h4", {}, texts.fits + " (" + fits.children.length + ")"));
    part.appendChild(fits);
    if (unfit.children.length) {
      part.appendChild(el("h4", {}, texts.unfit + " (" + unfit.children.length + ")"));
      part.appendChild(unfit);
    }
    return part;
  }

  function update() {
    results.textContent = "";
    results.appendChild(section("designs", texts.designs));
    results.appendChild(section("tools", texts.tools));
    var next = new URLSearchParams();
    Object.keys(answers).forEach(function (k) { next.set(k, answers[k]); });
    var query = next.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") +
                                window.location.hash);
  }

  update();
})();
