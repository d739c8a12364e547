/*
 * How search reads text, in one place for the browser (a classic script, before search.js) and for
 * the build, which runs this same file (src/search/terms.ts) to write the script index's shard
 * filters: a filter the build wrote with another fold than the browser's would hide matches.
 */
(function (scope) {
  "use strict";
  /** Bits of a shard's filter: a shard of everyday messages sets about a fifth of them (bench/generate.ts), so a word of a few letters rarely slips through. */
  var FILTER_BITS = 4096;
  /** A filter is written 6 bits a character, as the characters from "0" on (all plain ASCII). */
  var ZERO = 48;

  /** Characters that may be a Latin letter with accents, once in lower case. */
  var ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
  var ACCENTED_ALL = /[\u00c0-\u024f\u1e00-\u1eff]/g;
  var GREEK_FINAL_SIGMA = "\u03c2";

  /**
   * Lower case, and Latin letters without their accents, one character for one, so that a position
   * in the folded text is the same position in the text: `cafe` finds `café` and marks it.
   * The string is lowered at once, which is per-character lowering unless a character grows (İ) or
   * depends on its neighbours (Greek final sigma); such a text takes the way of one character at a time.
   */
  function fold(text) {
    var lower = text.toLowerCase();
    if (lower.length !== text.length || lower.indexOf(GREEK_FINAL_SIGMA) >= 0) return foldEach(text);
    return ACCENTED.test(lower) ? lower.replace(ACCENTED_ALL, unaccented) : lower;
  }

  var unaccentedChars = {};
  /** A lower-case character without its accents, when it is a Latin letter with accents. */
  function unaccented(c) {
    var f = unaccentedChars[c];
    if (typeof f !== "string") {
      var d = c.normalize("NFD");
      f = d.length > 1 && /^[A-Za-z\u00c0-\u024f]\p{M}+$/u.test(d) ? d.charAt(0) : c;
      unaccentedChars[c] = f;
    }
    return f;
  }

  var foldedChars = {};
  function foldEach(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var f = foldedChars[c];
      if (typeof f !== "string") {
        f = c.toLowerCase();
        f = f.length === 1 ? unaccented(f) : c;
        foldedChars[c] = f;
      }
      out += f;
    }
    return out;
  }

  /** The words of a query: a message must hold every one, anywhere in its folded text. */
  function terms(query) {
    return fold(query).split(/\s+/).filter(Boolean);
  }

  /**
   * The filter bit of two adjacent characters of folded text. Any text that holds a word holds each
   * pair of the word's characters, so a shard whose filter lacks one of them cannot match; this
   * works alike for words between spaces and for scripts written without them (CJK).
   */
  function pairBit(a, b) {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 20;
  }

  /** The filter of a shard: every pair of adjacent characters of its folded texts. */
  function filterOf(foldedTexts) {
    var bits = new Uint8Array(Math.ceil(FILTER_BITS / 6));
    foldedTexts.forEach(function (text) {
      for (var i = 1; i < text.length; i++) {
        var bit = pairBit(text.charCodeAt(i - 1), text.charCodeAt(i));
        bits[(bit / 6) | 0] |= 1 << bit % 6;
      }
    });
    var out = "";
    for (var k = 0; k < bits.length; k++) out += String.fromCharCode(ZERO + bits[k]);
    return out;
  }

  /** Whether a shard with this filter may hold every word; a word of one character passes any filter. */
  function mayHold(filter, words) {
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      for (var i = 1; i < word.length; i++) {
        var bit = pairBit(word.charCodeAt(i - 1), word.charCodeAt(i));
        if (!((filter.charCodeAt((bit / 6) | 0) - ZERO) & (1 << bit % 6))) return false;
      }
    }
    return true;
  }

  scope.ChatArchiveTerms = { fold: fold, terms: terms, filterOf: filterOf, mayHold: mayHold };
})(this);
