"""Bar charts in the window's font and colours (light or dark), with words that fit.

Categories with short names (weekdays, hours) stand under vertical bars; categories in words
(reasons, how late, ageing) are set beside horizontal bars, so a long Russian label never
collides with its neighbour. Each bar shows its value, so no one has to read the axis; a chart
of money says each amount as money beside its category instead (a bar's label knows only
numbers).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QSizePolicy

# Calm colours that read on a light and on a dark background, in the order sets take them.
SET_COLOURS = ("#4f86c6", "#d9822b", "#5aa469", "#a05195")
CHART_HEIGHT = 280


def _palette_colour(role: QPalette.ColorRole) -> QColor:
    return QApplication.palette().color(role)


def _style_axis(axis: QBarCategoryAxis | QValueAxis, font: QFont) -> None:
    text = _palette_colour(QPalette.ColorRole.WindowText)
    axis.setLabelsFont(font)
    axis.setLabelsBrush(text)
    axis.setTitleFont(font)
    axis.setTitleBrush(text)
    grid = _palette_colour(QPalette.ColorRole.Mid)
    axis.setGridLineColor(grid)
    axis.setLinePenColor(grid)


class BarChart(QChartView):
    """One chart: a title, categories, and one or more named sets of values.

    `sets()` gives the bar sets; `values()` and `categories()` read them in the order given.
    """

    def __init__(self, name: str, title: str, categories: Sequence[str],
                 sets: Sequence[tuple[str, Sequence[float]]], *, horizontal: bool = False,
                 unit: str = "", values_in_categories: bool = False) -> None:
        chart = QChart()
        super().__init__(chart)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        font = QFont(QApplication.font())
        title_font = QFont(font)
        title_font.setBold(True)
        text = _palette_colour(QPalette.ColorRole.WindowText)
        chart.setTitle(title)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(text)
        chart.setBackgroundBrush(_palette_colour(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(4)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setBackgroundBrush(_palette_colour(QPalette.ColorRole.Window))

        self._horizontal = horizontal
        if horizontal:  # Qt draws the first category at the bottom: read from the top
            categories = list(reversed(categories))
            sets = [(label, list(reversed(values))) for label, values in sets]
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        self._sets: list[QBarSet] = []
        top = 0.0
        for index, (label, values) in enumerate(sets):
            bar_set = QBarSet(label)
            bar_set.append([float(value) for value in values])
            colour = QColor(SET_COLOURS[index % len(SET_COLOURS)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setLabelColor(text)
            bar_set.setLabelFont(font)
            series.append(bar_set)
            self._sets.append(bar_set)
            top = max([top, *values])
        series.setLabelsVisible(not values_in_categories)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)
        chart.addSeries(series)

        category_axis = QBarCategoryAxis()
        category_axis.append(list(categories))
        value_axis = QValueAxis()
        end, step = scale(top)
        value_axis.setRange(0, end)
        value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        value_axis.setTickAnchor(0)
        value_axis.setTickInterval(step)
        value_axis.setLabelFormat("%d")
        if unit:
            value_axis.setTitleText(unit)
        for axis in (category_axis, value_axis):
            _style_axis(axis, font)
        category_axis.setGridLineVisible(False)
        if horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        legend = chart.legend()
        legend.setVisible(len(sets) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(font)
        legend.setLabelColor(text)

    def sets(self) -> list[QBarSet]:
        return list(self._sets)

    def values(self, index: int = 0) -> list[float]:
        """The values of a set, in the order of the categories given (top first)."""
        bar_set = self._sets[index]
        values = [bar_set.at(i) for i in range(bar_set.count())]
        return values[::-1] if self._horizontal else values

    def categories(self) -> list[str]:
        axis = next(a for a in self.chart().axes() if isinstance(a, QBarCategoryAxis))
        names = list(axis.categories())
        return names[::-1] if self._horizontal else names


def scale(top: float) -> tuple[float, float]:
    """The axis's end and step: a round step (1, 2 or 5 times a power of ten) giving about
    four gridlines, and room above the tallest bar for its label."""
    wanted = max(top * 1.15, 1.0)
    power = 1.0
    while power * 10 <= wanted / 4:
        power *= 10
    step = next(power * f for f in (1, 2, 5, 10) if power * f * 4 >= wanted)
    return step * math.ceil(wanted / step), step
