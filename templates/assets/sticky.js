// The bars that stay at the top of the page (the site's header with the search box and, on a chat's
// page, the chat's name) are as tall as their text makes them: this keeps their heights in custom
// properties, so the chat's name and the current day stick just below them and a linked message
// lands below them all (archive.css, "Sticky header"). Runs after search.js has shown the search box.
(function () {
  "use strict";
  var site = document.querySelector(".site-header");
  var chat = document.querySelector(".chat-header");
  if (!site) return;
  var style = document.documentElement.style;
  function measure() {
    var top = site.offsetHeight;
    style.setProperty("--site-header", top + "px");
    style.setProperty("--stuck", top + (chat ? chat.offsetHeight : 0) + "px");
  }
  measure();
  if (window.ResizeObserver) {
    var observer = new ResizeObserver(measure);
    observer.observe(site);
    if (chat) observer.observe(chat);
  }
})();
