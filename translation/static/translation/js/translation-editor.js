// What the portal adds to wagtail-localize's translation editor once React has drawn it:
// * the texts its script writes in English (a section title, the label of the "more
//   actions" button) in the admin's language, from the json_script "translation-editor-strings";
// * under each segment whose source changed since its last translation, the changes as
//   listed below the editor (translation/includes/editor_extras.html).
// React redraws parts of the editor while translators work, so both are reapplied whenever
// the editor's DOM changes; nothing React draws is moved or removed.
(function () {
  "use strict";

  function translateTexts(root, strings) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      var parent = node.parentElement;
      if (text && Object.prototype.hasOwnProperty.call(strings, text) && parent.tagName !== "P") {
        node.nodeValue = node.nodeValue.replace(text, strings[text]);
      }
    }
  }

  function showSourceChanges(root, changes) {
    changes.forEach(function (change) {
      root.querySelectorAll("li > p:first-of-type").forEach(function (source) {
        var segment = source.parentElement;
        if (
          source.textContent.trim() !== change.dataset.source.trim() ||
          segment.querySelector(":scope > .translation-source-change")
        ) {
          return;
        }
        var note = change.querySelector(".translation-source-change").cloneNode(true);
        source.insertAdjacentElement("afterend", note);
      });
    });
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    var data = document.getElementById("translation-editor-strings");
    if (!editor || !data) {
      return;
    }
    var strings = JSON.parse(data.textContent);
    var changes = Array.prototype.slice.call(
      document.querySelectorAll(".translation-source-changes > li")
    );
    function apply() {
      // The footer's menus are moved out of the editor by the admin's dropdowns.
      translateTexts(editor, strings);
      document.querySelectorAll("footer.footer, [data-tippy-root]").forEach(function (menu) {
        translateTexts(menu, strings);
      });
      showSourceChanges(editor, changes);
    }
    apply();
    new MutationObserver(apply).observe(editor, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
