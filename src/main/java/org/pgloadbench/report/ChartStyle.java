package org.pgloadbench.report;

import java.awt.Color;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;

/** The look every chart shares: white background, readable fonts, a fixed palette. */
final class ChartStyle {
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;
    static final Color[] PALETTE = {
        new Color(0x33, 0x66, 0x99), new Color(0xE0, 0x7B, 0x39), new Color(0x4C, 0x9F, 0x70),
        new Color(0xB8, 0x4A, 0x62), new Color(0x7A, 0x6C, 0xB0), new Color(0x8C, 0x8C, 0x8C),
    };

    private ChartStyle() {}

    static void apply(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setSeriesColors(PALETTE);
        styler.setYAxisDecimalPattern("#,###.#");
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
    }

    /** One bar per benchmark on a log axis, values printed inside the bars, no legend. */
    static CategoryChart logBarChart(String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xAxisTitle)
                .yAxisTitle(yAxisTitle)
                .build();
        apply(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendVisible(false);
        uprightCategoryLabels(chart.getStyler());
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColor(Color.WHITE);
        chart.getStyler().setLabelsPosition(0.85);
        return chart;
    }

    /**
     * Category labels upright, each starting at the axis under its bar. XChart draws a label only
     * if its box fits inside the chart, so slanted labels, whose boxes are wide, lost the first or
     * last long ones; an upright label is one line high whatever its length.
     */
    static void uprightCategoryLabels(AxesChartStyler styler) {
        styler.setXAxisLabelRotation(90);
        styler.setXAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        styler.setXAxisLabelAlignmentVertical(
                AxesChartStyler.TextAlignment.Right); // short labels at the axis, not hanging below
    }

    static double decadeBelow(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)));
    }

    static double decadeAbove(double value) {
        return Math.pow(10, Math.ceil(Math.log10(value)));
    }
}
