// Gives the translation editor's text fields the target language's lang and dir.
// wagtail-localize renders its editor with React after page load and replaces fields while
// translators work, so the attributes are (re)applied whenever the editor's DOM changes.
(function () {
  "use strict";
  var script = document.currentScript;
  var lang = script.dataset.targetLang;
  var dir = script.dataset.targetDir;

  function mark(root) {
    root.dataset.targetDir = dir;
    root.querySelectorAll("textarea, input[type=text]").forEach(function (field) {
      if (field.getAttribute("dir") !== dir) {
        field.setAttribute("dir", dir);
        field.setAttribute("lang", lang);
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
