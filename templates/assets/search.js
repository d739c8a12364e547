/*
 * The search box on every page. A classic script, because from file:// browsers refuse modules,
 * import() and fetch. Over HTTP it asks Pagefind's index (pagefind/0/, with any further parts
 * merged in). From file://, when Pagefind cannot load, and for words of scripts written without
 * spaces (Chinese, Japanese, Korean, Thai, Lao, Khmer, Burmese), which Pagefind cannot split, it
 * scans the script index in search/ instead: classic scripts, loaded a shard at a time, and only
 * the shards whose filter (terms.js, loaded before this script) may hold the words.
 * Both give the same results list; every message text is put on the page as text, never as HTML.
 */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var root = form.getAttribute("data-root") || "";
  var here = form.getAttribute("data-chat") || "";
  // assets/strings.js, written by the build in the archive's language: a string that counts comes
  // once for each count up to the most results shown.
  var strings = window.ChatArchiveStrings.strings;
  var lang = document.documentElement.lang || "en";
  // A result's time is written on its chat's clock, as the chat's page writes it.
  var date = { timeZone: "UTC", day: "numeric", month: "short", year: "numeric", minute: "2-digit" };
  var minutes = {
    "12h": new Intl.DateTimeFormat(lang, Object.assign({ hour: "numeric", hour12: true }, date)),
    "24h": new Intl.DateTimeFormat(lang, Object.assign({ hour: "2-digit", hourCycle: "h23" }, date)),
    own: new Intl.DateTimeFormat(lang, Object.assign({ hour: "2-digit" }, date)),
  };
  var input = form.querySelector("input[type=search]");
  var panel = form.querySelector(".search-panel");
  var status = form.querySelector(".search-status");
  var list = form.querySelector(".search-results");
  // On a chat's page, when the chat holds no match: how many all chats hold, and one click to see them.
  var elsewhere = document.createElement("button");
  elsewhere.type = "button";
  elsewhere.className = "search-elsewhere";
  elsewhere.hidden = true;
  status.parentNode.insertBefore(elsewhere, status.nextSibling);
  var filters = {
    chat: form.querySelector("select[name=chat]"),
    author: form.querySelector("select[name=author]"),
    year: form.querySelector("select[name=year]"),
  };
  /** Results shown at most. */
  var LIMIT = window.ChatArchiveStrings.limit;
  /** Pagefind records whose messages are fetched per search. */
  var RECORDS = 25;
  var SPACELESS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
  var STALE = {};

  var catalog = null;
  var chatsById = {};
  var shards = {};
  var folded = {};
  window.ChatArchiveSearch = {
    catalog: function (data) { catalog = data; },
    shard: function (chat, n, rows) { shards[chat + "/" + n] = rows; },
  };

  /** A string as the build worded it: for one that counts, its wording for `count`. */
  function t(key, count) {
    var entry = strings[key];
    return typeof entry === "string" ? entry : entry[Math.min(count, entry.length - 1)];
  }

  var scripts = {};
  /** Loads one of the archive's classic scripts once; resolves when it has run. */
  function load(path) {
    if (!scripts[path]) {
      scripts[path] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root + path;
        script.onload = resolve;
        script.onerror = function () { reject(new Error(path)); };
        document.head.appendChild(script);
      });
    }
    return scripts[path];
  }

  var ready = null;
  /** The catalog (chats, their authors and years), and the filters filled from it. */
  function start() {
    if (!ready) {
      ready = load("search/index.js").then(function () {
        catalog.chats.forEach(function (chat) {
          chatsById[chat.id] = chat;
          filters.chat.appendChild(new Option(chat.title, chat.id));
        });
        if (chatsById[here]) filters.chat.value = here;
        fillChoices();
      });
    }
    return ready;
  }

  /** Authors and years of the chosen chat, or of all chats. */
  function fillChoices() {
    var chosen = filters.chat.value ? [chatsById[filters.chat.value]] : catalog.chats;
    [["author", "authors"], ["year", "years"]].forEach(function (pair) {
      var select = filters[pair[0]];
      var keep = select.value;
      var values = [];
      chosen.forEach(function (chat) {
        chat[pair[1]].forEach(function (value) { if (values.indexOf(value) < 0) values.push(value); });
      });
      values.sort(pair[0] === "year" ? function (a, b) { return a < b ? 1 : -1; } : function (a, b) { return a.localeCompare(b, lang); });
      while (select.options.length > 1) select.remove(1);
      values.forEach(function (value) { select.appendChild(new Option(value, value)); });
      select.value = values.indexOf(keep) >= 0 ? keep : "";
    });
  }

  var fold = window.ChatArchiveTerms.fold;
  var terms = window.ChatArchiveTerms.terms;
  var mayHold = window.ChatArchiveTerms.mayHold;

  // --- What a search finds, whichever index gave the messages.

  /** Whether a message's folded text holds every word of the query, anywhere. */
  function holds(text, words) {
    for (var w = 0; w < words.length; w++) if (text.indexOf(words[w]) < 0) return false;
    return true;
  }

  /** The result for a row ([id, page, author's position or -1, minute, text]) of `chat`. */
  function hitOf(chat, row, text, words) {
    return {
      href: root + chat.pages[row[1] - 1] + "#" + catalog.anchor + row[0],
      chat: chat.title,
      clock: chat.clock,
      author: row[2] < 0 ? null : chat.authors[row[2]],
      minute: row[3],
      excerpt: excerpt(row[4], text, words),
    };
  }

  // --- The script index: the shards that may hold the words, scanned in turn.

  /** Shards loading ahead of the one being scanned: the next is there when needed, and few parse before the first results show. */
  var AHEAD = 2;

  /**
   * Scans, in the chats' order and each chat's, only the shards whose filter may hold every word,
   * so results are always oldest first and shown as each shard is scanned. It stops once more than
   * LIMIT messages match: the list then says "the first LIMIT", which is all it shows anyway.
   */
  function scan(query, chosen, token, show) {
    var words = terms(query);
    var hits = [];
    var total = 0;
    var chats = chosen.chat ? [chatsById[chosen.chat]] : catalog.chats;
    var queue = [];
    chats.forEach(function (chat) {
      for (var n = 0; n < chat.shards; n++) {
        if (mayHold(chat.filters[n], words)) queue.push({ chat: chat, key: chat.id + "/" + n, path: "search/" + chat.id + "/" + n + ".js" });
      }
    });
    var requested = 0;
    function step(at) {
      if (at === queue.length || total > LIMIT) { show(hits, total, true); return; }
      for (; requested < Math.min(queue.length, at + 1 + AHEAD); requested++) load(queue[requested].path);
      var item = queue[at];
      return load(item.path).then(function () {
        if (token.stale) throw STALE;
        var before = total;
        var rows = shards[item.key];
        var texts = folded[item.key] || (folded[item.key] = rows.map(function (row) { return fold(row[4]); }));
        var author = chosen.author ? item.chat.authors.indexOf(chosen.author) : -2;
        if (author !== -1) {
          for (var i = 0; i < rows.length && total <= LIMIT; i++) {
            var row = rows[i];
            if (author !== -2 && row[2] !== author) continue;
            if (chosen.year && row[3].slice(0, 4) !== chosen.year) continue;
            if (!holds(texts[i], words)) continue;
            total++;
            if (hits.length < LIMIT) hits.push(hitOf(item.chat, row, texts[i], words));
          }
        }
        if (total > before && total <= LIMIT) show(hits, total, false);
        return step(at + 1);
      });
    }
    return Promise.resolve().then(function () { return step(0); });
  }

  /** About 160 characters around the first hit, as pieces: [text, marked] pairs. */
  function excerpt(text, foldedText, words) {
    var first = foldedText.length;
    words.forEach(function (word) { var at = foldedText.indexOf(word); if (at >= 0 && at < first) first = at; });
    var begin = Math.max(0, first - 50);
    if (begin > 0) { var space = text.indexOf(" ", begin); if (space >= 0 && space < first) begin = space + 1; }
    var end = Math.min(text.length, begin + 160);
    var marked = [];
    for (var i = begin; i < end; i++) marked.push(false);
    words.forEach(function (word) {
      for (var at = foldedText.indexOf(word, begin); at >= 0 && at < end; at = foldedText.indexOf(word, at + 1)) {
        for (var j = at; j < Math.min(end, at + word.length); j++) marked[j - begin] = true;
      }
    });
    var pieces = [];
    if (begin > 0) pieces.push(["…", false]);
    for (var k = begin; k < end;) {
      var m = marked[k - begin];
      var stop = k;
      while (stop < end && marked[stop - begin] === m) stop++;
      pieces.push([text.slice(k, stop), m]);
      k = stop;
    }
    if (end < text.length) pieces.push(["…", false]);
    return pieces;
  }

  // --- Pagefind, over HTTP.

  var pagefind = null;
  var pagefindFailed = false;
  function loadPagefind() {
    if (!pagefind) {
      var url = function (path) { return new URL(root + path, location.href).href; };
      pagefind = import(url("pagefind/0/pagefind.js")).then(function (pf) {
        var merges = [];
        for (var part = 1; part < catalog.parts; part++) merges.push(pf.mergeIndex(url("pagefind/" + part + "/")));
        return Promise.all(merges).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  /**
   * Pagefind says which records (an author's messages of a year on one page) hold the words; each
   * record carries its messages as rows, which are matched and excerpted as the script index's are,
   * so both give the same results, in the same order, with the same excerpts.
   */
  function askPagefind(query, chosen, token, show) {
    var only = {};
    ["chat", "author", "year"].forEach(function (name) { if (chosen[name]) only[name] = chosen[name]; });
    return loadPagefind().then(function (pf) {
      return pf.search(query, { filters: only });
    }).then(function (search) {
      if (token.stale) throw STALE;
      return Promise.all(search.results.slice(0, RECORDS).map(function (result) { return result.data(); }))
        .then(function (records) { return { records: records, more: search.results.length > RECORDS }; });
    }).then(function (found) {
      if (token.stale) throw STALE;
      var words = terms(query);
      var rows = [];
      found.records.forEach(function (record) {
        var chat = chatsById[record.meta.chat];
        if (!chat) return;
        var page = chat.pages.indexOf(record.url.slice(record.url.indexOf("chats/")).replace(/\?.*$/, "")) + 1;
        var author = record.meta.author ? chat.authors.indexOf(record.meta.author) : -1;
        JSON.parse(record.meta.rows).forEach(function (r) {
          rows.push({ chat: chat, at: catalog.chats.indexOf(chat), row: [r[0], page, author, r[1], r[2]], text: fold(r[2]) });
        });
      });
      rows.sort(function (a, b) { return a.at - b.at || a.row[0] - b.row[0]; });
      var hits = [];
      var total = 0;
      rows.forEach(function (item) {
        if (!holds(item.text, words)) return;
        total++;
        if (hits.length < LIMIT) hits.push(hitOf(item.chat, item.row, item.text, words));
      });
      show(hits, found.more ? Infinity : total, true);
    });
  }

  // --- The box and its results.

  var current = { stale: false };
  var timer = 0;
  /**
   * How long a search waits for more typing. Over HTTP each search asks Pagefind, which fetches
   * files; from disk a keystroke costs a scan of shards mostly loaded already, so it searches at once.
   */
  var PAUSE = location.protocol === "file:" ? 0 : 120;

  /**
   * aria-busy on the results: "true" from the keystroke until the search for what the box holds has
   * finished, "false" after, so assistive technology (and a test) knows when the list is final.
   */
  function busy(on) {
    list.setAttribute("aria-busy", on ? "true" : "false");
  }

  function search() {
    current.stale = true;
    var token = current = { stale: false };
    var query = input.value.trim();
    panel.hidden = !query;
    busy(!!query);
    if (!query) { list.textContent = ""; return; }
    status.textContent = t("search.searching");
    start().then(function () {
      if (token.stale) throw STALE;
      var chosen = { chat: filters.chat.value, author: filters.author.value, year: filters.year.value };
      var none = false;
      return find(query, chosen, token, function (hits, total, done) {
        if (token.stale) return;
        // Nothing in the chosen chat: the list stays busy until the other chats are counted.
        if (done && total === 0 && chosen.chat) none = true;
        else render(query, hits, total, done);
      }).then(function () {
        if (!none) return;
        var all = 0;
        return find(query, { chat: "", author: chosen.author, year: chosen.year }, token, function (hits, total, done) { if (done) all = total; })
          .then(function () {
            if (token.stale) return;
            render(query, [], 0, true);
            offer(all);
          });
      });
    }).catch(function (error) {
      if (error !== STALE && !token.stale) { list.textContent = ""; status.textContent = t("search.unavailable"); busy(false); }
    });
  }

  /** Searches the index that can answer here: Pagefind over HTTP, else (or when it fails to load) the script index. */
  function find(query, chosen, token, show) {
    var usePagefind = location.protocol !== "file:" && catalog.parts > 0 && !pagefindFailed && !SPACELESS.test(query);
    if (!usePagefind) return scan(query, chosen, token, show);
    return askPagefind(query, chosen, token, show).catch(function (error) {
      if (error === STALE) throw error;
      // Pagefind's files could not load (a host that refuses them, say); the script index can answer.
      pagefindFailed = true;
      return scan(query, chosen, token, show);
    });
  }

  /** The button to search all chats, saying how many messages they hold; none when they hold none. */
  function offer(total) {
    elsewhere.hidden = total === 0;
    elsewhere.textContent = total > LIMIT ? t("search.elsewhereMore", LIMIT) : t("search.elsewhere", total);
  }

  function render(query, hits, total, done) {
    elsewhere.hidden = true;
    list.textContent = "";
    hits.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.href;
      var meta = document.createElement("span");
      meta.className = "search-meta";
      var chat = document.createElement("b");
      chat.textContent = hit.chat;
      meta.appendChild(chat);
      var when = new Date(hit.minute.replace(" ", "T") + ":00Z");
      meta.appendChild(document.createTextNode(" · " + (hit.author || t("search.system")) + " · " + (isNaN(when) ? hit.minute : minutes[hit.clock || "own"].format(when))));
      var text = document.createElement("span");
      text.className = "search-excerpt";
      text.dir = "auto";
      hit.excerpt.forEach(function (piece) {
        if (!piece[1]) { text.appendChild(document.createTextNode(piece[0])); return; }
        var mark = document.createElement("mark");
        mark.textContent = piece[0];
        text.appendChild(mark);
      });
      link.appendChild(meta);
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
    if (done) busy(false);
    if (hits.length === 0) status.textContent = done ? t("search.none").split("{query}").join(query) : t("search.searching");
    else if (total > hits.length) status.textContent = t("search.more", hits.length);
    else status.textContent = t("search.results", total);
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  form.hidden = false;
  input.addEventListener("focus", function () { start().catch(function () {}); });
  input.addEventListener("input", function () {
    busy(true);
    clearTimeout(timer);
    timer = setTimeout(search, PAUSE);
  });
  elsewhere.addEventListener("click", function () {
    filters.chat.value = "";
    fillChoices();
    search();
    input.focus();
  });
  Object.keys(filters).forEach(function (name) {
    filters[name].addEventListener("change", function () {
      if (name === "chat") fillChoices();
      search();
    });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) first.click();
  });
  // "/" puts the cursor in the search box, as on many sites; not while the reader types in a field.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    input.focus();
  });
  form.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && all.length) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1].focus();
    } else if (event.key === "Escape") {
      panel.hidden = true;
      input.focus();
    }
  });
})();
