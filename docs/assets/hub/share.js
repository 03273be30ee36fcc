/* Sharing a page, beyond the plain links the page has without JavaScript: copying its address,
   Mastodon, and the device's own share sheet where the browser has one. Nothing reaches
   another host until the reader chooses where to share: Mastodon has no one address, so the
   reader names their own server, which is remembered on this device only. */
(function () {
  "use strict";
  var nav = document.querySelector(".pd-share");
  if (!nav) return;
  var url = new URL(nav.getAttribute("data-url"), location.href).href;
  var title = nav.getAttribute("data-title");
  var status = nav.querySelector(".pd-share__status");
  var form = nav.querySelector(".pd-share__server");
  var mastodon = nav.querySelector(".pd-share__mastodon");
  var KEY = "pd-mastodon-server";
  /* A host name and nothing else: no scheme, path, user or port can be slipped in. */
  var HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

  function show(button) {
    button.parentNode.hidden = false;
  }

  var copy = nav.querySelector(".pd-share__copy");
  if (navigator.clipboard && window.isSecureContext) {
    show(copy);
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(url).then(function () {
        status.textContent = nav.getAttribute("data-copied");
      });
    });
  }

  var device = nav.querySelector(".pd-share__device");
  if (navigator.share) {
    show(device);
    device.addEventListener("click", function () {
      navigator.share({ title: title, url: url }).catch(function () {});
    });
  }

  show(mastodon);
  mastodon.addEventListener("click", function () {
    form.hidden = !form.hidden;
    mastodon.setAttribute("aria-expanded", String(!form.hidden));
    if (!form.hidden) {
      var input = form.elements.server;
      try { input.value = localStorage.getItem(KEY) || ""; } catch (e) { /* storage off */ }
      input.focus();
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var input = form.elements.server;
    var host = input.value.trim().replace(/^https?:\/\//i, "").replace(/\/+$/, "");
    if (!HOST.test(host)) {
      input.setCustomValidity(form.querySelector("label").firstChild.textContent.trim());
      input.reportValidity();
      input.setCustomValidity("");
      return;
    }
    try { localStorage.setItem(KEY, host); } catch (e) { /* storage off */ }
    window.open("https://" + host + "/share?text=" + encodeURIComponent(title + "\n" + url),
      "_blank", "noopener,noreferrer");
  });
})();
