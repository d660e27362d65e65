"""Small bar charts for the admin dashboard, drawn as SVG on the server: no JavaScript, and
each chart carries its figures as a table for screen readers and anyone who prefers numbers."""

from dataclasses import dataclass, field

BAR_HEIGHT, GAP, LABEL_WIDTH, CHART_WIDTH = 22, 8, 190, 520


@dataclass
class BarChart:
    title: str
    description: str
    rows: list  # [(label, value)]
    slug: str
    bars: list = field(init=False)

    def __post_init__(self):
        top = max((value for _, value in self.rows), default=0) or 1
        span = CHART_WIDTH - LABEL_WIDTH - 40
        self.bars = [
            {
                "label": label,
                "value": value,
                "y": index * (BAR_HEIGHT + GAP),
                "text_y": index * (BAR_HEIGHT + GAP) + BAR_HEIGHT * 0.7,
                "width": round(span * value / top, 1),
                "value_x": LABEL_WIDTH + round(span * value / top, 1) + 6,
            }
            for index, (label, value) in enumerate(self.rows)
        ]

    @property
    def height(self):
        return max(1, len(self.rows)) * (BAR_HEIGHT + GAP)

    width = CHART_WIDTH
    label_width = LABEL_WIDTH
    bar_height = BAR_HEIGHT
