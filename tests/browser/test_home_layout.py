"""The home page at 1280 px uses the whole row: the hero has a second column, "Why LEAD
exists" sets its call-out beside its text, and a row of post cards lines up, a post without an
image included (the demo's "Notes from our peer leadership day in Leeds" has none)."""

import pytest

pytestmark = pytest.mark.browser

BOX = """el => { const b = el.getBoundingClientRect();
    return {left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width,
            height: b.height}; }"""
HALF = 640  # of the 1280 px window


def box(locator):
    return locator.evaluate(BOX)


def test_the_hero_uses_both_halves_of_the_row(visit):
    page = visit("/")
    hero = page.locator("section.hero")
    heading = box(hero.get_by_role("heading", level=1))
    assert heading["left"] < HALF  # the words start on the left...
    # ...and something a person sees fills the right half: the image or the pattern.
    second = hero.locator(".hero__figure, .hero__pattern")
    assert second.count() == 1 and second.is_visible()
    figure = box(second)
    assert figure["left"] >= HALF and figure["width"] >= 320 and figure["height"] >= 200
    assert figure["right"] <= 1280
    # Side by side, not stacked: the second column overlaps the words' height.
    assert figure["top"] < heading["bottom"] + 200


def test_why_lead_exists_sets_its_call_out_beside_its_text(visit):
    page = visit("/")
    heading = page.get_by_role("heading", name="Why LEAD exists")
    run = page.locator(".home-text").filter(has=heading)
    text = box(run.locator(".home-text__main p").first)
    callout = box(run.get_by_text("Fair pay, always"))
    assert text["left"] < HALF and callout["left"] >= HALF
    assert callout["top"] < text["bottom"], "the call-out sits below the text, not beside it"


def test_a_row_of_post_cards_lines_up_with_and_without_images(visit):
    page = visit("/")
    section = page.locator("section.home-section").filter(
        has=page.get_by_role("heading", name="Latest from the blog")
    )
    cards = section.locator(".post-card")
    assert cards.count() >= 3
    boxes = [box(cards.nth(index)) for index in range(cards.count())]
    row = [index for index, card in enumerate(boxes) if abs(card["top"] - boxes[0]["top"]) < 1]
    assert len(row) >= 3, "the first row holds at least three cards"

    without_image = [i for i in row if cards.nth(i).locator("img").count() == 0]
    with_image = [i for i in row if cards.nth(i).locator("img").count() == 1]
    assert without_image and with_image, "the demo's row mixes posts with and without images"

    heights = {round(boxes[i]["height"]) for i in row}
    assert len(heights) == 1, f"cards in one row differ in height: {heights}"
    areas = [box(cards.nth(i).locator(".post-card__image")) for i in row]
    assert all(area["height"] >= 150 for area in areas), areas
    assert len({round(area["height"]) for area in areas}) == 1, areas
    assert len({round(area["top"]) for area in areas}) == 1, areas
    # The titles start at the same height too, whatever the card holds above them.
    titles = {round(box(cards.nth(i).locator(".post-card__title"))["top"]) for i in row}
    assert len(titles) == 1, titles
    # And the row reaches across the page, with no empty column at its end.
    container = box(section.locator(".container"))
    assert boxes[row[-1]]["right"] > container["right"] - 40
