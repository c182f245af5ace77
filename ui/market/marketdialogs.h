#pragma once

#include "core/market/market.h"
#include "ui/team/teamdialogs.h"

class QComboBox;
class QDoubleSpinBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// A competitor of the register: name, what they sell and for how much, positioning, strategy,
// strengths, weaknesses, threat and notes.
class CompetitorDialog : public SaveDialog
{
    Q_OBJECT

public:
    CompetitorDialog(const Competitor &competitor, QWidget *parent = nullptr);
    Competitor competitor() const;

private:
    Competitor m_competitor;
    QLineEdit *m_name;
    QLineEdit *m_products;
    QLineEdit *m_prices;
    QLineEdit *m_positioning;
    QLineEdit *m_strategy;
    QLineEdit *m_strengths;
    QLineEdit *m_weaknesses;
    QComboBox *m_threat;
    QPlainTextEdit *m_notes;
};

// The size of the market in a year or quarter, optionally of a segment, with its source.
class MarketSizeDialog : public SaveDialog
{
    Q_OBJECT

public:
    MarketSizeDialog(Book &book, const MarketSize &size, QWidget *parent = nullptr);
    Result<MarketSize> size() const;

private:
    Book &m_book;
    MarketSize m_size;
    QLineEdit *m_period;
    QLineEdit *m_segment;
    QLineEdit *m_value;
    QLineEdit *m_source;
};

// A competitor's estimated share of the market of a year or quarter.
class CompetitorShareDialog : public SaveDialog
{
    Q_OBJECT

public:
    CompetitorShareDialog(Book &book, QWidget *parent = nullptr);
    Result<CompetitorShare> share() const;

private:
    Book &m_book;
    QComboBox *m_competitor;
    QLineEdit *m_period;
    QLineEdit *m_segment;
    QDoubleSpinBox *m_share;
    QLineEdit *m_source;
};

// A factor of the environment notebook.
class FactorDialog : public SaveDialog
{
    Q_OBJECT

public:
    FactorDialog(Book &book, const EnvironmentFactor &factor, QWidget *parent = nullptr);
    EnvironmentFactor factor() const;

private:
    EnvironmentFactor m_factor;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_impact;
    QSpinBox *m_likelihood;
    QComboBox *m_horizon;
    QLineEdit *m_source;
    QDateEdit *m_noted;
    QDateEdit *m_review;
};

} // namespace salesdesk::ui
