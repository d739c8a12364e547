/*
 * The lightbox: a photo or video of the page opened large, over the page, in a modal <dialog>, with
 * the way to the page's previous and next ones (buttons, ← and → in reading direction, a swipe), who
 * sent it and when, and links to its message and to the original file.
 * Each photo and video the page marks with data-lightbox is one stop, in page order. Without this
 * script a thumbnail is a plain link (to the original in a chat, to the message in the gallery); with
 * it, a click on one opens the lightbox instead. Nothing is loaded before it opens.
 */
(function () {
  "use strict";
  var stops = Array.prototype.slice.call(document.querySelectorAll("[data-lightbox]"));
  if (!stops.length || typeof HTMLDialogElement !== "function") return;
  var strings = window.ChatArchiveStrings.strings;
  var rtl = document.documentElement.dir === "rtl";
  var numbers = new Intl.NumberFormat(document.documentElement.lang || "en");
  /** "Photo 3 of 12": what each kind of stop is called where the lightbox counts it. */
  var POSITION = { image: "lightbox.image", video: "lightbox.video", gif: "lightbox.gif" };
  /** A touch that moves fewer CSS pixels than this across is a tap, not a swipe. */
  var SWIPE = 50;

  var dialog = null;
  var parts = {};
  var current = 0;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** A button whose icon comes from the style sheet; its label is read out and shown as a tooltip. */
  function button(className, label, action) {
    var node = element("button", className);
    node.type = "button";
    node.title = label;
    node.appendChild(element("span", "visually-hidden", label));
    node.addEventListener("click", action);
    return node;
  }

  /**
   * What the lightbox says about a stop. A chat's photo or video sits in its message, which names
   * the author, the time and the day above it; a gallery's tile carries them in data attributes.
   */
  function describe(stop) {
    var kind = stop.getAttribute("data-lightbox");
    var thumb = stop.querySelector("img");
    var about = {
      kind: kind,
      original: stop.getAttribute("data-original") || stop.getAttribute("href") || stop.getAttribute("src"),
      thumb: thumb,
      // A video's poster frame: the chat's and the gallery's show it as an image, a GIF's player has it as its own.
      poster: thumb ? thumb.currentSrc || thumb.src : stop.getAttribute("poster"),
    };
    var row = stop.closest(".row");
    if (!row) {
      about.author = stop.getAttribute("data-author");
      about.date = stop.getAttribute("data-date");
      about.message = stop.getAttribute("href");
      return about;
    }
    var day = row.previousElementSibling;
    while (day && !day.classList.contains("day")) day = day.previousElementSibling;
    var author = row.querySelector(".author");
    var time = row.querySelector("time");
    about.author = author ? author.textContent : "";
    // An album's tile is its own message: it has the message's id, and its time as its title.
    about.date = [day ? day.textContent.trim() : "", stop.title || (time ? time.textContent : "")].filter(Boolean).join(" · ");
    about.message = "#" + (stop.id || row.id);
    return about;
  }

  /** The photo: its thumbnail (already loaded by the page) at once, then the original once it is decoded. */
  function photo(about) {
    var image = element("img", "lightbox-media");
    image.alt = about.thumb ? about.thumb.alt : "";
    image.draggable = false;
    if (about.thumb) image.src = about.thumb.currentSrc || about.thumb.src;
    var full = new Image();
    full.src = about.original;
    // A file the browser cannot show (a HEIC photo, say) keeps the thumbnail.
    full.decode().then(function () { image.src = full.src; }, function () {});
    return image;
  }

  function video(about) {
    var player = element("video", "lightbox-media");
    player.controls = true;
    player.preload = "metadata";
    player.playsInline = true;
    // Opened to be watched: it plays at once, over its poster until the first frame arrives.
    player.autoplay = true;
    if (about.poster) player.poster = about.poster;
    if (about.kind === "gif") player.loop = player.muted = true;
    player.src = about.original;
    return player;
  }

  function show(index) {
    current = (index + stops.length) % stops.length;
    var about = describe(stops[current]);
    parts.position.textContent = strings[POSITION[about.kind]]
      .replace("{index}", numbers.format(current + 1))
      .replace("{total}", numbers.format(stops.length));
    // The media element before goes with its player: a video taken out of the page stops playing.
    parts.stage.replaceChildren(about.kind === "image" ? photo(about) : video(about));
    parts.author.textContent = about.author;
    parts.date.textContent = about.date;
    parts.original.href = about.original;
    parts.message.href = about.message;
  }

  function build() {
    dialog = element("dialog", "lightbox");
    dialog.setAttribute("aria-labelledby", "lightbox-position");
    var bar = element("div", "lightbox-bar");
    parts.position = element("p", "lightbox-position");
    parts.position.id = "lightbox-position";
    parts.position.setAttribute("aria-live", "polite");
    bar.append(parts.position, button("lightbox-close", strings["lightbox.close"], function () { dialog.close(); }));
    parts.stage = element("div", "lightbox-stage");
    var caption = element("div", "lightbox-caption");
    var who = element("p", "lightbox-who");
    parts.author = element("span", "lightbox-author");
    parts.date = element("span", "lightbox-date");
    who.append(parts.author, parts.date);
    var links = element("p", "lightbox-links");
    parts.message = element("a", "lightbox-message", strings["lightbox.message"]);
    parts.original = element("a", "lightbox-original", strings["lightbox.original"]);
    links.append(parts.message, parts.original);
    caption.append(who, links);
    dialog.append(
      bar,
      button("lightbox-previous", strings["lightbox.previous"], function () { show(current - 1); }),
      parts.stage,
      button("lightbox-next", strings["lightbox.next"], function () { show(current + 1); }),
      caption
    );
    if (stops.length === 1) dialog.classList.add("lightbox-single");
    // The message may be on this very page: the lightbox steps aside so the page can scroll to it.
    parts.message.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () {
      parts.stage.replaceChildren();
      // Back where the person is in the page: on the thumbnail of what they looked at last.
      stops[current].focus();
    });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Tab") return wrapFocus(event);
      // A video's own controls take the arrow keys to seek.
      if (event.target.tagName === "VIDEO" || event.altKey || event.ctrlKey || event.metaKey) return;
      var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      show(current + (rtl ? -step : step));
    });
    var start = null;
    parts.stage.addEventListener("pointerdown", function (event) {
      start = event.pointerType === "mouse" || !event.isPrimary ? null : { x: event.clientX, y: event.clientY };
    });
    parts.stage.addEventListener("pointercancel", function () { start = null; });
    parts.stage.addEventListener("pointerup", function (event) {
      if (!start) return;
      var across = event.clientX - start.x;
      var down = event.clientY - start.y;
      start = null;
      // A finger moving against the reading direction brings the next one in, as a page turns.
      if (Math.abs(across) >= SWIPE && Math.abs(across) > Math.abs(down)) show(current + ((across < 0) !== rtl ? 1 : -1));
    });
    document.body.appendChild(dialog);
  }

  /**
   * Tab from the last control goes round to the first, and Shift+Tab the other way: the page behind a
   * modal dialog is out of reach anyway, and without this focus would leave for the browser's own bar.
   */
  function wrapFocus(event) {
    var controls = Array.prototype.filter.call(dialog.querySelectorAll("button, a[href], video"), function (node) {
      return node.getClientRects().length > 0;
    });
    var first = controls[0];
    var last = controls[controls.length - 1];
    var at = document.activeElement;
    if (event.shiftKey ? at === first || at === dialog : at === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  function open(index) {
    if (!dialog) build();
    show(index);
    dialog.showModal();
  }

  stops.forEach(function (stop, index) {
    // A chat's GIF loops where it is; it is reached in the lightbox by stepping from its neighbours.
    if (stop.tagName !== "A") return;
    stop.addEventListener("click", function (event) {
      // A click meant for a new tab or a download keeps the link's own way.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(index);
    });
  });
})();
