#pragma once

#include "core/common/clock.h"
#include "core/pipeline/funnel.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace salesdesk {
class PipelineService;
}

namespace salesdesk {
class CurrencyService;
}

namespace salesdesk::ui {

// The funnel numbers as a table; the bottleneck row is marked.
class EmptyState;

class FunnelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StageColumn,
        EnteredColumn,
        AdvancedColumn,
        ConversionColumn,
        AvgDaysColumn,
        ValueColumn, // the deals that reached the stage, in the home currency
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, BottleneckRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const FunnelReport &report, const QString &currency);
    const FunnelReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FunnelReport m_report;
    QString m_currency;
};

// Funnel analysis for a chosen range of creation dates: conversion from stage to stage,
// average days in each stage, the bottleneck, and a funnel chart.
class FunnelView : public QWidget
{
    Q_OBJECT

public:
    // `clock` says what today is, for the preset ranges ("the last 90 days").
    FunnelView(PipelineService &service, const CurrencyService &currencies, const Clock &clock,
               QWidget *parent = nullptr);
    void setRange(const QDate &from, const QDate &to);
    FunnelModel *model() const { return m_model; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPreset(int index);
    void updateChart();

    PipelineService &m_service;
    const CurrencyService &m_currencies;
    const Clock &m_clock;
    FunnelModel *m_model;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QTableView *m_table;
    QChart *m_chart;
    QChartView *m_chartView;
    EmptyState *m_empty;
    QAction *m_showAllTime;
    QTimer m_refreshTimer;
    bool m_stale = true;
};

} // namespace salesdesk::ui
