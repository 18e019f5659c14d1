// The main action in the footer of wagtail-localize's translation editor, for those who may
// not publish: "Submit translation for review" instead of whatever action upstream's script
// puts last (wagtail-localize 1.14 makes the last action the big primary button, which without
// "Publish" is "Delete", "Convert to alias page" or "Stop Synced translation"). That action
// moves into the footer's menu of further actions; the original stays where React drew it,
// hidden, so that React's later redraws find their elements. The button itself comes from
// the review panel (portal/admin/translation_review_panel.html).
(function () {
  "use strict";

  function promote(footer, template) {
    var primary = footer.querySelector(".w-dropdown-button");
    var current = primary && primary.firstElementChild;
    if (!current || current.dataset.portalReplaced || current.dataset.portalPrimary) {
      return;
    }
    if (current.matches("button[name=action][value=publish]")) {
      return; // publishers keep "Publish"
    }
    var menu = primary.querySelector("[data-w-dropdown-target=content]");
    var action = template.content.firstElementChild.cloneNode(true);
    action.dataset.portalPrimary = "true";
    if (menu) {
      var moved = current.cloneNode(true);
      moved.classList.add("action-secondary");
      menu.appendChild(moved);
    }
    current.hidden = true;
    current.dataset.portalReplaced = "true";
    primary.insertBefore(action, current);
  }

  function start() {
    var template = document.getElementById("translation-review-action");
    var editor = document.querySelector(".js-translation-editor");
    if (!template || !template.content.firstElementChild || !editor) {
      return;
    }
    function apply() {
      var footer = editor.querySelector("footer.footer");
      if (footer) {
        promote(footer, template);
      }
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
