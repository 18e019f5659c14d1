/*
 * The phone menu opens without JavaScript: the menu button links to #site-menu and CSS shows
 * the menu while it is the :target. With this script the link becomes a toggle button that
 * says whether the menu is open (aria-expanded), closes on Escape and does not move the page.
 */
(function () {
    "use strict";
    var button = document.querySelector("[data-menu-button]");
    var menu = document.querySelector("[data-menu]");
    if (!button || !menu) { return; }
    var close = menu.querySelector(".menu-close");
    document.documentElement.classList.add("has-menu-script");
    button.setAttribute("role", "button");
    button.setAttribute("aria-expanded", "false");
    function toggle(open) {
        menu.classList.toggle("is-open", open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.addEventListener("click", function (event) {
        event.preventDefault();
        toggle(!menu.classList.contains("is-open"));
    });
    button.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); toggle(!menu.classList.contains("is-open")); }
    });
    if (close) {
        close.addEventListener("click", function (event) {
            event.preventDefault();
            toggle(false);
            button.focus();
        });
    }
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.classList.contains("is-open")) {
            toggle(false);
            button.focus();
        }
    });
}());
