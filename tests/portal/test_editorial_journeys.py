"""Editors and reviewers in Chromium, clicking through the standard Wagtail admin.

Each person signs in as in production (password, then the authenticator app's code) and works
the way the editorial guide (docs/editors.md) describes: the editor writes a news item with an
image and submits it from the editor's action menu; the first reviewer approves in the page
editor, the board approves there with a comment, and the item is live; a rejection with a
comment returns the page to its author, who reads the comment in the editor; an editor
uploads a PDF into a new archive entry, which after review is found by a word of the PDF's
text in the public archive search. Text extraction runs with the tests' immediate task
backend, inside the upload's request.
"""

import io
import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify
from PIL import Image
from wagtail.images import get_image_model

from knowledge.models import ArchiveEntryPage, ArchiveIndexPage
from news.models import NewsIndexPage, NewsPage
from portal.roles import FREIGABE, REDAKTION
from tests.portal.admin_flow import confirmed_device, sign_in_with_2fa

# PostgreSQL only: on SQLite the server shares the test's in-memory connection, and every
# table the test reads stays locked for the server's writes until the test ends.
pytestmark = [pytest.mark.browser, pytest.mark.postgres, pytest.mark.django_db]

PASSWORD = "Lange-Passphrase-fuer-die-Redaktion-2026"
NO_ACCESS = "keinen Zugang"
# Each run gets its own titles, so that pages of a run never meet those of another.
RUN = uuid.uuid4().hex[:6]


@pytest.fixture(scope="module")
def people(django_db_blocker):
    """Author, second editor and board member, each with an authenticator app, committed
    outside the tests' transactions (the server has its own connection on PostgreSQL);
    removed with the pages they made at the end of the module."""
    with django_db_blocker.unblock():
        User = get_user_model()
        made = {}
        for key, group in (("autor", REDAKTION), ("redaktion2", REDAKTION), ("vorstand", FREIGABE)):
            user = User.objects.create_user(
                f"{key}-{RUN}", f"{key}-{RUN}@example.invalid", PASSWORD
            )
            user.groups.add(Group.objects.get(name=group))
            made[key] = (user, confirmed_device(user))
        yield made
        for page in NewsPage.objects.filter(title__contains=RUN):
            page.delete()
        for page in ArchiveEntryPage.objects.filter(title__contains=RUN):
            page.delete()
        get_image_model().objects.filter(title__contains=RUN).delete()
        for user, _device in made.values():
            user.delete()


@pytest.fixture
def admin_as(browser, demo_server, people, settings):
    """Opens a signed-in admin tab for one of `people`; closes every tab at the end."""
    settings.ADMIN_2FA_REQUIRED = True
    contexts = []

    def open_for(key):
        user, device = people[key]
        context = browser.new_context(locale="de-DE")
        contexts.append(context)
        page = context.new_page()
        # Generous: publishing re-indexes the page, and CI machines are shared.
        page.set_default_timeout(30000)
        page.set_default_navigation_timeout(60000)
        sign_in_with_2fa(page, demo_server.url, user.username, PASSWORD, device)
        return page

    yield open_for
    for context in contexts:
        context.close()


def png_bytes():
    """An image of its own per call: Wagtail's chooser asks about duplicates of a file."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), tuple(uuid.uuid4().bytes[:3])).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_bytes(text):
    import fpdf

    document = fpdf.FPDF()
    document.add_page()
    document.set_font("helvetica", size=12)
    document.multi_cell(0, 8, text)
    return bytes(document.output())


def open_action_menu(page):
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()


def choose_action(page, locator):
    """Open the editor's action menu (the arrow beside the main button) and choose one."""
    open_action_menu(page)
    with page.expect_navigation():
        page.locator(locator).first.click()


def upload_in_chooser(page, field, field_id, filename, mime_type, data):
    """Open a field's chooser ("Choose …"), upload a file in its "Upload" tab, and wait until
    the field shows the new item."""
    page.locator(f"[data-contentpath={field}] [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    modal.get_by_role("tab", name=re.compile("Hochladen")).click()
    modal.locator("input[type=file]").set_input_files(
        {"name": filename, "mimeType": mime_type, "buffer": data}
    )
    modal.locator("input[name$=title]").fill(f"{filename.split('-')[0].title()} {RUN}")
    modal.locator("form button[type=submit]").filter(has_text="Hochladen").first.click()
    page.locator(f"#{field_id}-title").filter(has_text=RUN).wait_for(timeout=30000)


def write_news_item(page, base_url, title):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    page.goto(f"{base_url}/admin/pages/add/news/newspage/{index.pk}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_title").press("Tab")
    page.locator("#id_intro").fill("Ein Fest für die ganze Nachbarschaft in Oberbilk.")
    # The image: "Choose an image", then upload one in the chooser.
    upload_in_chooser(page, "image", "id_image", f"fest-{RUN}.png", "image/png", png_bytes())
    page.locator("#id_image_alt").fill("Girlanden über der Straße")
    choose_action(page, "button[name=action-submit]")
    return NewsPage.objects.get(slug=slugify(title), locale__language_code="de")


def write_archive_entry(page, base_url, title, word):
    """A new archive entry whose file is a PDF uploaded in the document chooser."""
    index = ArchiveIndexPage.objects.get(locale__language_code="de")
    page.goto(f"{base_url}/admin/pages/add/knowledge/archiveentrypage/{index.pk}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_title").press("Tab")
    page.locator("#id_date").fill("2026-05-14")
    page.locator("#id_date").press("Escape")
    page.locator("#id_summary").fill("Protokoll des Partnerschaftstreffens.")
    page.locator("#id_files-ADD").click()
    text = f"Protokoll des Treffens in Marrakesch. Beschlossen wurde das {word}."
    pdf = pdf_bytes(text)
    upload_in_chooser(
        page, "document", "id_files-0-document", f"protokoll-{RUN}.pdf", "application/pdf", pdf
    )
    page.locator("#id_files-0-language").select_option("de")
    choose_action(page, "button[name=action-submit]")
    return ArchiveEntryPage.objects.get(slug=slugify(title), locale__language_code="de")


def approve_in_editor(page, base_url, news, comment=None):
    """The reviewer opens the page waiting for them and approves it in the editor."""
    page.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    open_action_menu(page)
    buttons = page.locator("footer [data-workflow-action-name=approve]")
    if comment is None:
        with page.expect_navigation():
            buttons.and_(page.locator(":not([data-workflow-action-modal-url])")).first.click()
        return
    buttons.and_(page.locator("[data-workflow-action-modal-url]")).first.click()
    dialog = page.locator(".modal-content")
    dialog.locator("textarea[name=comment]").fill(comment)
    with page.expect_navigation():
        dialog.locator("button[type=submit]").first.click()


def reject_in_editor(page, base_url, news, comment):
    page.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    open_action_menu(page)
    page.locator("footer [data-workflow-action-name=reject]").first.click()
    dialog = page.locator(".modal-content")
    dialog.locator("textarea[name=comment]").fill(comment)
    with page.expect_navigation():
        dialog.locator("button[type=submit]").first.click()


def current_step(news):
    news.refresh_from_db()
    task = news.current_workflow_task
    return task.name if task else None


def test_news_item_goes_live_after_two_approvals_in_the_editor(admin_as, demo_server):
    base = demo_server.url
    title = f"Stadtteilfest {RUN}"
    editor = admin_as("autor")
    news = write_news_item(editor, base, title)
    assert news.image is not None
    assert current_step(news) == "Redaktionsprüfung"

    reviewer = admin_as("redaktion2")
    approve_in_editor(reviewer, base, news)
    assert NO_ACCESS not in reviewer.content()
    assert current_step(news) == "Freigabe Vorstand"
    # The approval saved nothing in the reviewer's name: the text is the author's.
    assert {revision.user.username for revision in news.revisions.all()} == {f"autor-{RUN}"}

    board = admin_as("vorstand")
    approve_in_editor(board, base, news, comment="Schöne Ankündigung.")
    assert NO_ACCESS not in board.content()
    news.refresh_from_db()
    assert news.live and current_step(news) is None

    visitor = board.context.browser.new_context(locale="de-DE").new_page()
    response = visitor.goto(base + news.url)
    assert response.status == 200
    assert title in visitor.locator("main").inner_text()
    visitor.context.close()


def test_rejection_with_a_comment_returns_the_page_to_its_author(admin_as, demo_server):
    base = demo_server.url
    editor = admin_as("autor")
    news = write_news_item(editor, base, f"Nachbarschaftstreffen {RUN}")

    reviewer = admin_as("redaktion2")
    reject_in_editor(reviewer, base, news, "Bitte das Datum des Treffens ergänzen.")
    news.refresh_from_db()
    assert news.current_workflow_state.status == "needs_changes"
    assert not news.live

    # The author opens the page, the "Status" panel and its workflow details.
    editor.goto(f"{base}/admin/pages/{news.pk}/edit/")
    editor.locator("[data-side-panel-toggle=status]").click()
    editor.locator("[data-side-panel=status]").get_by_role(
        "button", name=re.compile("Details anschauen")
    ).first.click()
    details = editor.locator("#workflow-status-dialog")
    details.get_by_text("Bitte das Datum des Treffens ergänzen.").wait_for()
    assert "Änderungen angefordert" in details.inner_text()


def test_an_archive_entry_is_found_by_its_pdf_text_after_review(admin_as, demo_server):
    base = demo_server.url
    # A word no other document has: letters only, so that every search backend keeps it whole.
    word = "Gartenvertrag" + RUN.translate(str.maketrans("0123456789", "ghijklmnop"))
    editor = admin_as("autor")
    entry = write_archive_entry(editor, base, f"Protokoll Partnerschaftstreffen {RUN}", word)
    assert current_step(entry) == "Redaktionsprüfung"

    visitor = editor.context.browser.new_context(locale="de-DE").new_page()
    archive = ArchiveIndexPage.objects.get(locale__language_code="de")
    visitor.goto(f"{base}{archive.url}?q={word}")
    assert entry.title not in visitor.locator("main").inner_text()

    approve_in_editor(admin_as("redaktion2"), base, entry)
    approve_in_editor(admin_as("vorstand"), base, entry, comment="Gut dokumentiert.")
    entry.refresh_from_db()
    assert entry.live

    visitor.goto(f"{base}{archive.url}?q={word}")
    result = visitor.locator(".result__title a").filter(has_text=RUN)
    assert result.count() == 1, visitor.locator("main").inner_text()
    visitor.context.close()
