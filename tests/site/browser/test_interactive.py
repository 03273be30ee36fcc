"""The quiz and the design and tool chooser in a real browser, and without JavaScript."""

from __future__ import annotations

MODULE = "training/what-is-deliberative-democracy/"


def test_quiz_checks_answers_and_explains(browser, server):
    page = browser.new_page()
    page.goto(server + MODULE)
    question = page.locator(".pd-question").first
    answer = int(question.get_attribute("data-answer"))
    assert not question.locator(".pd-answer").is_visible()
    question.locator(".pd-check").click()
    assert question.locator(".pd-verdict").inner_text() == "Choose an answer first."
    wrong = 1 if answer != 1 else 2
    question.locator(f"input[value='{wrong}']").check()
    question.locator(".pd-check").click()
    assert "pd-verdict--wrong" in question.locator(".pd-verdict").get_attribute("class")
    assert question.locator(".pd-answer").is_visible()
    question.locator(f"input[value='{answer}']").check()
    question.locator(".pd-check").click()
    assert question.locator(".pd-verdict").inner_text() == "Right!"
    page.close()


def test_quiz_without_javascript_shows_questions_and_collapsed_answers(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + MODULE)
    assert page.locator(".pd-question li").first.is_visible()
    details = page.locator(".pd-answer").first
    assert details.is_visible() and details.get_attribute("open") is None
    context.close()


def test_chooser_narrows_explains_and_restores(browser, server):
    page = browser.new_page()
    page.goto(server + "guide/")
    all_designs = page.locator(".pd-chooser__designs .pd-chooser__fits li").count()
    page.select_option("#pd-q-people", "few")
    fits = page.locator(".pd-chooser__designs .pd-chooser__fits li").all_inner_texts()
    unfit = page.locator(".pd-chooser__designs .pd-chooser__unfit li").all_inner_texts()
    assert 0 < len(fits) < all_designs
    assert any("Citizens' assembly" in text and "more participants" in text for text in unfit)
    assert "people=few" in page.url
    page.select_option("#pd-q-need", "select")
    tools = page.locator(".pd-chooser__tools .pd-chooser__fits li").all_inner_texts()
    assert [t.strip("✓ ") for t in tools] == ["Panelot"]
    shared = page.url
    page.goto(server)
    page.goto(shared)
    assert page.locator("#pd-q-people").input_value() == "few"
    assert page.locator(".pd-chooser__tools .pd-chooser__fits li").count() == 1
    page.close()


def test_chooser_rules_readable_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "guide/")
    assert not page.locator("#pd-chooser").is_visible()
    rows = page.locator(".pd-chooser-rules tbody tr")
    assert rows.count() >= 10
    lottery = [row for row in rows.all_inner_texts()
               if row.split("\t")[1] == "Drawing members by lot"]
    assert len(lottery) == 1 and "Zoom" in lottery[0] and "Panelot" not in lottery[0]
    context.close()
