// Gives the translation editor's texts the language and direction they are written in: the
// fields and the saved translations those of the target language, the source texts those of
// the source language (so Arabic reads right-to-left in a German admin, and German
// left-to-right in an Arabic one). wagtail-localize renders its editor with React after page
// load and replaces elements while translators work, so the attributes are (re)applied
// whenever the editor's DOM changes.
(function () {
  "use strict";
  var script = document.currentScript;
  var target = { lang: script.dataset.targetLang, dir: script.dataset.targetDir };
  var source = { lang: script.dataset.sourceLang, dir: script.dataset.sourceDir };

  function set(element, language) {
    if (element.getAttribute("dir") !== language.dir) {
      element.setAttribute("dir", language.dir);
    }
    if (element.getAttribute("lang") !== language.lang) {
      element.setAttribute("lang", language.lang);
    }
  }

  function mark(root) {
    root.dataset.targetDir = target.dir;
    root.querySelectorAll("textarea, input[type=text]").forEach(function (field) {
      set(field, target);
    });
    // A segment is a list item: its source text (a paragraph), then its translation (a
    // paragraph, or the field while editing, inside a box).
    root.querySelectorAll("li > p:first-of-type").forEach(function (text) {
      var box = text.parentElement.querySelector(":scope > div");
      if (box) {
        set(text, source);
        box.querySelectorAll(":scope > p").forEach(function (value) {
          set(value, target);
        });
      }
    });
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) {
      return;
    }
    mark(editor);
    new MutationObserver(function () {
      mark(editor);
    }).observe(editor, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
